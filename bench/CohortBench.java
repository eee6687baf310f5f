import java.io.BufferedReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * NCII Stats benchmark (not a test): loads a gen_dataset.py data set into a running server through
 * GraphQL, then measures the cohort questions Q1–Q4 at concurrency 1 and 16, and the same Q1/Q2 as
 * a plain SQL GROUP BY over the raw rows of the same database.
 *
 *   java -cp h2.jar:postgresql.jar bench/CohortBench.java load  URL DATA_DIR
 *   java -cp ... bench/CohortBench.java graphql URL SECONDS
 *   java -cp ... bench/CohortBench.java sql JDBC_URL USER SECONDS
 */
public class CohortBench {
    /** Reports a request at most: a GraphQL body may hold 64 KB (ncii.graphql.maxBodyBytes). */
    private static final int REPORTS_PER_REQUEST = 400;
    static final String USER = "editor";
    static final String PASSWORD = System.getenv().getOrDefault("BENCH_PASSWORD", "bench-password");
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    static final Map<String, String> QUESTIONS = new LinkedHashMap<>();

    static {
        QUESTIONS.put("Q1 FORCE x AGE_BAND, 2016-2018",
                "{ cohortStats(filter: {from: \"2016-01-01\", to: \"2018-12-31\"}, groupBy: [FORCE, AGE_BAND]) "
                        + "{ total { low high } rows { force { code } ageBand { label } count { low high } share { low high } } } }");
        QUESTIONS.put("Q2 OUTCOME, 2016-2018",
                "{ cohortStats(filter: {from: \"2016-01-01\", to: \"2018-12-31\"}, groupBy: [OUTCOME]) "
                        + "{ total { low high } rows { outcome count { low high } share { low high } } } }");
        QUESTIONS.put("Q3 first 50 reports of Kent, age < 18, by date",
                "{ reports(where: {forceCode: {eq: \"E23000032\"}, victimAge: {lt: 18}}, orderBy: [{field: REPORTED_ON}], first: 50) "
                        + "{ totalCount edges { node { reportedOn victimAge outcome } } } }");
        QUESTIONS.put("Q4 FORCE x AGE_BAND, all dates",
                "{ cohortStats(groupBy: [FORCE, AGE_BAND]) { total { low high } rows { force { code } ageBand { label } count { low high } } } }");
    }

    static final String BANDS = "CASE WHEN r.victim_age IS NULL THEN 'UNKNOWN' WHEN r.victim_age <= 17 THEN '0-17'"
            + " WHEN r.victim_age <= 24 THEN '18-24' WHEN r.victim_age <= 34 THEN '25-34' WHEN r.victim_age <= 44 THEN '35-44'"
            + " ELSE '45+' END";
    static final Map<String, String> SQL = new LinkedHashMap<>();

    static {
        SQL.put("SQL Q1 GROUP BY force, age band, 2016-2018", "SELECT d.force_code, " + BANDS + " AS band, COUNT(*)"
                + " FROM report r JOIN data_return d ON d.id = r.return_id"
                + " WHERE r.reported_on BETWEEN DATE '2016-01-01' AND DATE '2018-12-31' GROUP BY d.force_code, " + BANDS);
        SQL.put("SQL Q2 GROUP BY outcome, 2016-2018", "SELECT r.outcome, COUNT(*) FROM report r"
                + " WHERE r.reported_on BETWEEN DATE '2016-01-01' AND DATE '2018-12-31' GROUP BY r.outcome");
    }

    public static void main(String[] args) throws Exception {
        try {
            switch (args[0]) {
                case "load" -> load(args[1], Path.of(args[2]));
                case "graphql" -> graphql(args[1], Integer.parseInt(args[2]));
                case "sql" -> sql(args[1], args[2], Integer.parseInt(args[3]));
                default -> throw new IllegalArgumentException(args[0]);
            }
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1); // the measuring threads would keep a failed run alive
        }
        System.exit(0);
    }

    // --- loading through the GraphQL API ---

    static void load(String url, Path dir) throws Exception {
        long started = System.nanoTime();
        var returns = csv(dir.resolve("returns.csv"));
        var ids = new HashMap<String, String>();
        var versions = new HashMap<String, Integer>();
        for (var r : returns) {
            var input = String.format("{ref:\"%s\", forceCode:\"%s\", periodStart:\"%s\", periodEnd:\"%s\", granularity:%s, source:\"%s\"}",
                    r.get("return_ref"), r.get("force_code"), r.get("period_start"), r.get("period_end"), r.get("granularity"),
                    r.get("source"));
            var answer = post(url, "mutation { createReturn(input: " + input + ") { id version } }");
            ids.put(r.get("return_ref"), field(answer, "\"id\":\""));
            versions.put(r.get("return_ref"), Integer.parseInt(number(answer, "\"version\":")));
        }
        System.out.printf("created %d returns%n", returns.size());
        var cells = new LinkedHashMap<String, StringBuilder>();
        for (var c : csv(dir.resolve("counts.csv"))) {
            cells.computeIfAbsent(c.get("return_ref"), k -> new StringBuilder()).append(String.format(
                    "{dimension:\"%s\", category:\"%s\", count:%s},", c.get("dimension"), c.get("category"), c.get("count")));
        }
        for (var e : cells.entrySet()) {
            post(url, "mutation { setCounts(returnId: \"" + ids.get(e.getKey()) + "\", expectedVersion: "
                    + versions.get(e.getKey()) + ", cells: [" + e.getValue() + "]) { version } }");
        }
        System.out.printf("published cells of %d aggregate returns%n", cells.size());
        var pool = Executors.newFixedThreadPool(2);
        var pending = new ArrayList<java.util.concurrent.Future<?>>();
        long[] stored = {0};
        try (BufferedReader in = Files.newBufferedReader(dir.resolve("reports.csv"))) {
            var header = Arrays.asList(in.readLine().split(",", -1));
            String line;
            String ref = null;
            var batch = new StringBuilder();
            int n = 0;
            while ((line = in.readLine()) != null) {
                var v = line.split(",", -1);
                var row = new HashMap<String, String>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), v[i]);
                }
                if ((ref != null && !ref.equals(row.get("return_ref"))) || n == REPORTS_PER_REQUEST) {
                    pending.add(send(pool, url, ids.get(ref), batch.toString(), stored));
                    batch = new StringBuilder();
                    n = 0;
                }
                ref = row.get("return_ref");
                if (n > 0) {
                    batch.append(',');
                }
                var platforms = row.get("platforms").isEmpty() ? "" : "\"" + row.get("platforms").replace(";", "\",\"") + "\"";
                batch.append("{\"reportedOn\":\"").append(row.get("reported_on")).append("\"")
                        .append(row.get("victim_age").isEmpty() ? "" : ",\"victimAge\":" + row.get("victim_age"))
                        .append(",\"victimGender\":\"").append(row.get("victim_gender").isEmpty() ? "UNKNOWN" : row.get("victim_gender"))
                        .append("\",\"platforms\":[").append(platforms).append("]")
                        .append(",\"outcome\":\"").append(row.get("outcome")).append("\"}");
                n++;
            }
            if (n > 0) {
                pending.add(send(pool, url, ids.get(ref), batch.toString(), stored));
            }
        }
        try {
            for (var f : pending) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("loaded %d reports in %.0f s through GraphQL addReports (%.0f reports/s)%n", stored[0], seconds,
                stored[0] / seconds);
    }

    static java.util.concurrent.Future<?> send(ExecutorService pool, String url, String id, String batch, long[] stored) {
        return pool.submit((Callable<Void>) () -> {
            var answer = post(url, "mutation($id: ID!, $reports: [ReportInput!]!) { addReports(returnId: $id, reports: $reports) }",
                    "{\"id\":\"" + id + "\",\"reports\":[" + batch + "]}");
            synchronized (stored) {
                stored[0] += Long.parseLong(number(answer, "\"addReports\":"));
                if (stored[0] / 100_000 != (stored[0] - Long.parseLong(number(answer, "\"addReports\":"))) / 100_000) {
                    System.out.printf("  %d reports stored%n", stored[0]);
                }
            }
            return null;
        });
    }

    // --- measuring ---

    static void graphql(String url, int seconds) throws Exception {
        // Every question in turn, and an uncached one, for 30 s at concurrency 4 before anything is
        // measured: otherwise the first question measured pays for the JIT compiling the server's
        // request path and makes the server that has more code to compile look slower on it alone.
        var questions = new ArrayList<>(QUESTIONS.values());
        var warmed = new java.util.concurrent.atomic.AtomicInteger();
        measure(4, 30, () -> {
            int n = warmed.incrementAndGet();
            return post(url, n % (questions.size() + 1) == questions.size()
                    ? questions.get(0).replace("2018-12-31", java.time.LocalDate.of(2017, 12, 31).minusDays(n % 300).toString())
                    : questions.get(n % (questions.size() + 1)));
        });
        for (var q : QUESTIONS.entrySet()) {
            measure(4, 3, () -> post(url, q.getValue()));
            for (int c : new int[] {1, 16}) {
                report(q.getKey(), c, measure(c, seconds, () -> post(url, q.getValue())));
            }
        }
        // The server keeps answers until the data changes; a new end date per request defeats that
        // and measures the engine itself (1,000 end dates in turn: more than the answers kept).
        var day = new java.util.concurrent.atomic.AtomicInteger();
        for (int c : new int[] {1, 16}) {
            report("Q1 uncached (a new end date every request)", c, measure(c, seconds, () -> post(url,
                    QUESTIONS.get("Q1 FORCE x AGE_BAND, 2016-2018").replace("2018-12-31",
                            java.time.LocalDate.of(2018, 12, 31).minusDays(day.incrementAndGet() % 1000).toString()))));
        }
    }

    static void sql(String jdbc, String user, int seconds) throws Exception {
        for (var q : SQL.entrySet()) {
            for (int c : new int[] {1, 16}) {
                if (c == 1) {
                    try (var warm = DriverManager.getConnection(jdbc, user, ""); var s = warm.createStatement();
                         var rs = s.executeQuery(q.getValue())) {
                        while (rs.next()) {
                            // warms the database's caches
                        }
                    }
                }
                var connections = new ArrayList<java.sql.Connection>();
                for (int i = 0; i < c; i++) {
                    connections.add(DriverManager.getConnection(jdbc, user, ""));
                }
                var next = new java.util.concurrent.atomic.AtomicInteger();
                ThreadLocal<java.sql.Connection> mine = ThreadLocal.withInitial(() -> connections.get(next.getAndIncrement()));
                report(q.getKey(), c, measure(c, seconds, () -> {
                    try (var s = mine.get().createStatement(); var rs = s.executeQuery(q.getValue())) {
                        int rows = 0;
                        while (rs.next()) {
                            rows++;
                        }
                        return String.valueOf(rows);
                    }
                }));
                for (var con : connections) {
                    con.close();
                }
            }
        }
    }

    record Result(long[] nanos, double seconds) {
    }

    static Result measure(int concurrency, int seconds, Callable<String> call) throws Exception {
        var pool = Executors.newFixedThreadPool(concurrency);
        var stop = new AtomicBoolean();
        var all = new ArrayList<java.util.concurrent.Future<List<Long>>>();
        long started = System.nanoTime();
        for (int t = 0; t < concurrency; t++) {
            all.add(pool.submit(() -> {
                var times = new ArrayList<Long>();
                while (!stop.get()) {
                    long t0 = System.nanoTime();
                    call.call();
                    times.add(System.nanoTime() - t0);
                }
                return times;
            }));
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        var nanos = new ArrayList<Long>();
        for (var f : all) {
            nanos.addAll(f.get());
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        return new Result(nanos.stream().mapToLong(Long::longValue).sorted().toArray(), elapsed);
    }

    static void report(String name, int concurrency, Result r) {
        long[] n = r.nanos();
        System.out.printf("| %-48s | %2d | %8.1f | %8.1f | %8.1f | %6d |%n", name, concurrency, n[n.length / 2] / 1e6,
                n[(int) Math.min(n.length - 1, Math.round(n.length * 0.99))] / 1e6, n.length / r.seconds(), n.length);
    }

    // --- plumbing ---

    static String post(String url, String query) throws Exception {
        return post(url, query, "{}");
    }

    static String post(String url, String query, String variables) throws Exception {
        var body = "{\"query\":" + quote(query) + ",\"variables\":" + variables + "}";
        var request = HttpRequest.newBuilder(URI.create(url + "/graphql")).header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
            throw new IllegalStateException("GraphQL failed: " + response.body().substring(0, Math.min(500, response.body().length())));
        }
        return response.body();
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String field(String json, String key) {
        int i = json.indexOf(key) + key.length();
        return json.substring(i, json.indexOf('"', i));
    }

    static String number(String json, String key) {
        int i = json.indexOf(key) + key.length();
        int j = i;
        while (j < json.length() && Character.isDigit(json.charAt(j))) {
            j++;
        }
        return json.substring(i, j);
    }

    static List<Map<String, String>> csv(Path file) throws Exception {
        var lines = Files.readAllLines(file);
        var header = lines.get(0).split(",", -1);
        var rows = new ArrayList<Map<String, String>>();
        for (var line : lines.subList(1, lines.size())) {
            var v = line.split(",", -1);
            var row = new HashMap<String, String>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], v[i]);
            }
            rows.add(row);
        }
        return rows;
    }
}
