package uk.nciistats.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nciistats.support.GraphQLClient;
import uk.nciistats.support.HttpGet;
import uk.nciistats.support.PostgresRun;
import uk.nciistats.support.ReturnDesk;
import uk.nciistats.support.SqlRows;
import uk.nciistats.support.TestServer;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same build on PostgreSQL: the build's second server (ncii-pg) is started with
 * {@code NCII_DB_URL} in its environment, as an operator would switch it, into a schema of its own
 * that does not exist yet. Everything is written through GraphQL and checked in PostgreSQL itself.
 * Fails, never skips, when no PostgreSQL answers.
 */
class PostgresIT {
    private static final PostgresRun RUN = new PostgresRun("");
    private static final String SCHEMA = RUN.schema();

    private final GraphQLClient editor = GraphQLClient.as("editor").on(RUN.baseUrl());
    private final GraphQLClient editor2 = GraphQLClient.as("editor2").on(RUN.baseUrl());
    private final GraphQLClient analyst = GraphQLClient.as("analyst").on(RUN.baseUrl());

    /** The server's Flyway creates the schema again: the switch must work on an empty one. */
    @BeforeAll
    static void startTheServerOnAnEmptySchema() throws SQLException {
        RUN.start();
    }

    @BeforeEach
    void requirePostgresql() {
        if (RUN.unavailable() != null) {
            Assertions.fail(RUN.unavailable() + ": the build tests PostgreSQL as well as H2, so it fails rather than skip");
        }
    }

    @AfterAll
    static void stopTheServer() {
        RUN.stop();
    }

    @Test
    void flywayCreatedTheSchemaNamedInTheUrlAndAppliedEveryMigration() throws SQLException {
        try (var db = PostgresRun.connect()) {
            var history = SqlRows.query(db, "select version, success from " + SCHEMA + ".flyway_schema_history"
                    + " where version is not null order by installed_rank");
            var tables = SqlRows.query(db, "select table_name from information_schema.tables where table_schema = ?", SCHEMA);
            var forces = SqlRows.count(db, "select count(*) from " + SCHEMA + ".police_force");

            assertThat(history).extracting(r -> r.get("version")).containsExactlyElementsOf(migrationVersions());
            assertThat(history).allSatisfy(r -> assertThat(r.get("success")).isEqualTo(true));
            assertThat(tables).extracting(r -> r.get("table_name"))
                    .contains("data_return", "report", "count_cell", "audit_entry", "app_user", "police_force", "offence");
            assertThat(forces).isEqualTo(43);
        }
    }

    @Test
    void anAggregateReturnItsCellsAndItsVerificationAreStoredInPostgresql() throws SQLException {
        int year = TestServer.freshYear();
        var ref = TestServer.uniqueRef("pg-agg");
        var created = editor.data(CREATE, returnInput(ref, "E23000032", year, "AGGREGATE")).getJsonObject("createReturn");
        var id = created.getString("id");
        var counted = editor.data(SET_COUNTS, Json.createObjectBuilder().add("id", id)
                .add("v", created.getInt("version")).add("cells", CELLS).build()).getJsonObject("setCounts");
        var verified = editor2.data(VERIFY, Json.createObjectBuilder().add("id", id)
                .add("v", counted.getInt("version")).build()).getJsonObject("setReturnStatus");

        var readBack = onlyReturnOf("E23000032", year);
        assertThat(readBack.getString("ref")).isEqualTo(ref);
        assertThat(readBack.getString("status")).isEqualTo("VERIFIED");
        assertThat(readBack.getInt("version")).isEqualTo(verified.getInt("version"));
        assertThat(readBack.getInt("total")).isEqualTo(12);
        assertThat(readBack.getJsonArray("counts")).hasSize(CELLS.size());
        try (var db = PostgresRun.connect()) {
            var row = SqlRows.query(db, "select status, total, version, granularity from " + SCHEMA
                    + ".data_return where id = ?", Long.parseLong(id));
            var cells = SqlRows.query(db, "select dimension, category, cell_count from " + SCHEMA
                    + ".count_cell where return_id = ? order by dimension, category", Long.parseLong(id));
            var audit = SqlRows.query(db, "select action, actor from " + SCHEMA
                    + ".audit_entry where return_id = ? order by at, id", Long.parseLong(id));

            assertThat(row).containsExactly(Map.of("status", "VERIFIED", "total", 12,
                    "version", verified.getInt("version"), "granularity", "AGGREGATE"));
            assertThat(cells).hasSize(CELLS.size())
                    .contains(Map.of("dimension", "TOTAL", "category", "", "cell_count", 12),
                            Map.of("dimension", "AGE", "category", "0-17", "cell_count", 4),
                            Map.of("dimension", "PLATFORM", "category", "NONE", "cell_count", 2));
            assertThat(audit).extracting(r -> r.get("action") + " by " + r.get("actor"))
                    .containsExactly("CREATE by editor", "SET_COUNTS by editor", "STATUS by editor2");
        }
    }

    @Test
    void theReportsOfARecordsReturnAreStoredInPostgresql() throws SQLException {
        int year = TestServer.freshYear();
        var created = editor.data(CREATE, returnInput(TestServer.uniqueRef("pg-rec"), "E23000001", year, "RECORDS"))
                .getJsonObject("createReturn");
        var id = created.getString("id");
        var reports = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("reportedOn", year + "-03-01").add("victimAge", 19)
                        .add("victimGender", "FEMALE").add("platforms", Json.createArrayBuilder().add("SNAPCHAT"))
                        .add("outcome", "CHARGED"))
                .add(Json.createObjectBuilder().add("victimAge", 34).add("homeOfficeOutcome", 8))
                .add(Json.createObjectBuilder().add("outcome", "UNKNOWN"))
                .build();

        var stored = editor.data("mutation($id: ID!, $reports: [ReportInput!]!) { addReports(returnId: $id, reports: $reports) }",
                Json.createObjectBuilder().add("id", id).add("reports", reports).build()).getInt("addReports");

        assertThat(stored).isEqualTo(3);
        assertThat(onlyReturnOf("E23000001", year).getInt("total")).isEqualTo(3);
        try (var db = PostgresRun.connect()) {
            var rows = SqlRows.query(db, "select victim_age, victim_gender, outcome, home_office_outcome from " + SCHEMA
                    + ".report where return_id = ? order by id", Long.parseLong(id));

            assertThat(rows).extracting(r -> r.get("victim_age") + " " + r.get("victim_gender") + " " + r.get("outcome")
                    + " " + r.get("home_office_outcome"))
                    .containsExactly("19 FEMALE CHARGED null", "34 UNKNOWN COMMUNITY_RESOLUTION 8", "null UNKNOWN UNKNOWN null");
        }
    }

    @Test
    void reportsGetTheirKeysInPostgresqlAndTheCoverageOfAQuestionIsAnsweredAsOnH2() throws SQLException {
        int year = TestServer.freshYear();
        var id = editor.data(CREATE, returnInput(TestServer.uniqueRef("pg-cov"), "E23000001", year, "RECORDS"))
                .getJsonObject("createReturn").getString("id");
        editor.data("mutation($id: ID!, $reports: [ReportInput!]!) { addReports(returnId: $id, reports: $reports) }",
                Json.createObjectBuilder().add("id", id).add("reports", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("victimAge", 22).add("outcome", "CHARGED"))
                        .add(Json.createObjectBuilder().add("victimAge", 31).add("outcome", "CAUTION"))).build());

        var coverage = analyst.data("{ cohortStats(filter: {forces: [\"E23000001\", \"E23000032\"], from: \"" + year
                + "-01-01\", to: \"" + year + "-06-30\"}) { coverage { from to forcesInScope forcesCovered"
                + " missing { code } } } }").getJsonObject("cohortStats").getJsonObject("coverage");

        assertThat(coverage.getString("from")).isEqualTo(year + "-01-01");
        assertThat(coverage.getInt("forcesInScope")).isEqualTo(2);
        assertThat(coverage.getInt("forcesCovered")).isEqualTo(1);
        assertThat(coverage.getJsonArray("missing").getJsonObject(0).getString("code")).isEqualTo("E23000032");
        try (var db = PostgresRun.connect()) {
            var keys = SqlRows.query(db, "select record_key from " + SCHEMA + ".report where return_id = ?",
                    Long.parseLong(id));
            assertThat(keys).hasSize(2).allSatisfy(r -> assertThat(((Number) r.get("record_key")).intValue())
                    .isBetween(0, 255));
        }
    }

    @Test
    void reportsStreamFromPostgresqlAsCsvAndReturnsReachTheODataFeed() {
        int year = TestServer.freshYear();
        var ref = TestServer.uniqueRef("pg-csv");
        var id = editor.data(CREATE, returnInput(ref, "E23000005", year, "RECORDS")).getJsonObject("createReturn")
                .getString("id");
        var reports = Json.createArrayBuilder();
        for (int i = 0; i < 2_500; i++) {
            reports.add(Json.createObjectBuilder().add("reportedOn", year + "-03-01").add("victimAge", i % 90)
                    .add("outcome", "CHARGED"));
        }
        new ReturnDesk(editor).addReports(id, reports.build());

        var csv = HttpGet.csv(HttpGet.as("analyst").on(RUN.baseUrl())
                .get("/api/export/reports.csv?forces=E23000005&ages=0-17&orderBy=VICTIM_AGE:DESC").body());
        var feed = HttpGet.as("analyst").on(RUN.baseUrl()).get("/odata/Returns?$filter=Ref%20eq%20'" + ref + "'");

        assertThat(csv).hasSize(1 + 2_500 / 90 * 18 + 18);
        assertThat(csv.get(1)).startsWith(ref, year + "-03-01", "17");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(HttpGet.json(feed).asJsonObject().getJsonArray("value").getJsonObject(0).getInt("Total")).isEqualTo(2_500);
    }

    @Test
    void aRefusedChangeStoresNothingInPostgresql() throws SQLException {
        int year = TestServer.freshYear();
        var badRef = TestServer.uniqueRef("pg-bad");
        var backwards = Json.createObjectBuilder(returnInput(badRef, "E23000013", year, "AGGREGATE").getJsonObject("input"))
                .add("periodStart", year + "-12-31").add("periodEnd", year + "-01-01").build();
        var created = editor.data(CREATE, returnInput(TestServer.uniqueRef("pg-ok"), "E23000013", year, "AGGREGATE"))
                .getJsonObject("createReturn");
        long id = Long.parseLong(created.getString("id"));
        var tooManyAges = Json.createArrayBuilder()
                .add(cell("TOTAL", "", 2)).add(cell("AGE", "0-17", 3)).build();

        var refusedCreate = editor.error(CREATE, Json.createObjectBuilder().add("input", backwards).build());
        var refusedCounts = editor.error(SET_COUNTS, Json.createObjectBuilder().add("id", String.valueOf(id))
                .add("v", created.getInt("version")).add("cells", tooManyAges).build());

        assertThat(refusedCreate.getJsonObject("extensions").getString("code")).isEqualTo("VALIDATION");
        assertThat(refusedCreate.getJsonObject("extensions").getString("field")).isEqualTo("input.periodEnd");
        assertThat(refusedCounts.getJsonObject("extensions").getString("code")).isEqualTo("VALIDATION");
        try (var db = PostgresRun.connect()) {
            assertThat(SqlRows.count(db, "select count(*) from " + SCHEMA + ".data_return where ref = ?", badRef)).isZero();
            assertThat(SqlRows.count(db, "select count(*) from " + SCHEMA + ".audit_entry where return_ref = ?", badRef)).isZero();
            assertThat(SqlRows.query(db, "select version, total from " + SCHEMA + ".data_return where id = ?", id))
                    .containsExactly(Map.of("version", created.getInt("version"), "total", 0));
            assertThat(SqlRows.count(db, "select count(*) from " + SCHEMA + ".count_cell where return_id = ?", id)).isZero();
            assertThat(SqlRows.query(db, "select action from " + SCHEMA + ".audit_entry where return_id = ?", id))
                    .extracting(r -> r.get("action")).containsExactly("CREATE");
        }
    }

    // --- GraphQL documents and inputs ---

    private static final String CREATE = """
            mutation($input: ReturnInput!) { createReturn(input: $input) { id ref version status total } }""";
    private static final String SET_COUNTS = """
            mutation($id: ID!, $v: Int!, $cells: [CountCellInput!]!) {
              setCounts(returnId: $id, expectedVersion: $v, cells: $cells) { version total }
            }""";
    private static final String VERIFY = """
            mutation($id: ID!, $v: Int!) { setReturnStatus(id: $id, expectedVersion: $v, status: VERIFIED) { status version } }""";
    private static final List<JsonObject> CELL_LIST = List.of(cell("TOTAL", "", 12), cell("AGE", "0-17", 4),
            cell("AGE", "18-24", 5), cell("AGE", "UNKNOWN", 3), cell("GENDER", "FEMALE", 9), cell("GENDER", "MALE", 3),
            cell("PLATFORM", "SNAPCHAT", 6), cell("PLATFORM", "INSTAGRAM", 4), cell("PLATFORM", "NONE", 2));
    private static final jakarta.json.JsonArray CELLS = Json.createArrayBuilder(CELL_LIST).build();

    private JsonObject onlyReturnOf(String force, int year) {
        var edges = analyst.data("""
                query($force: String!, $from: Date, $to: Date) {
                  returns(filter: {forces: [$force], from: $from, to: $to}) {
                    edges { node { id ref status version total counts { dimension category count } } }
                  }
                }""", Json.createObjectBuilder().add("force", force).add("from", year + "-01-01").add("to", year + "-12-31").build())
                .getJsonObject("returns").getJsonArray("edges");
        assertThat(edges).as("returns of %s in %d", force, year).hasSize(1);
        return edges.getJsonObject(0).getJsonObject("node");
    }

    private static JsonObject returnInput(String ref, String force, int year, String granularity) {
        return Json.createObjectBuilder().add("input", Json.createObjectBuilder()
                .add("ref", ref).add("forceCode", force).add("periodStart", year + "-01-01").add("periodEnd", year + "-12-31")
                .add("granularity", granularity).add("source", "PostgresIT")).build();
    }

    private static JsonObject cell(String dimension, String category, int count) {
        return Json.createObjectBuilder().add("dimension", dimension).add("category", category).add("count", count).build();
    }

    /** The versions of the migrations the build ships (V1__…, V2__… and the Java ones), in order. */
    private static List<String> migrationVersions() {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/db/migration"))) {
            var sql = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__")));
            var javaMigrations = java.util.stream.Stream.of(new RecordKeysMigration().getVersion().getVersion());
            return java.util.stream.Stream.concat(sql, javaMigrations)
                    .sorted(java.util.Comparator.comparingInt(Integer::parseInt)).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
