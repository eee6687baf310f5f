package uk.nciistats.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import java.util.Optional;

/**
 * The return mutations of the GraphQL contract, sent as one demo account. Each {@code tryX} answers
 * the whole response (data or errors); its plain twin insists on success and answers the data.
 * Reading back always goes through the analyst, so a check never depends on who made the change.
 */
public final class ReturnDesk {
    public static final String FIELDS = "id ref version status total granularity source periodStart periodEnd"
            + " offence { code } force { code } counts { dimension category count }";

    private static final String CREATE = "mutation($input: ReturnInput!) { createReturn(input: $input) { " + FIELDS + " } }";
    private static final String UPDATE = "mutation($id: ID!, $v: Int!, $input: ReturnInput!) {"
            + " updateReturn(id: $id, expectedVersion: $v, input: $input) { " + FIELDS + " } }";
    private static final String DELETE = "mutation($id: ID!, $v: Int!) { deleteReturn(id: $id, expectedVersion: $v) }";
    private static final String STATUS = "mutation($id: ID!, $v: Int!, $s: ReturnStatus!) {"
            + " setReturnStatus(id: $id, expectedVersion: $v, status: $s) { " + FIELDS + " } }";
    private static final String COUNTS = "mutation($id: ID!, $v: Int!, $cells: [CountCellInput!]!) {"
            + " setCounts(returnId: $id, expectedVersion: $v, cells: $cells) { " + FIELDS + " } }";
    private static final String REPORTS = "mutation($id: ID!, $reports: [ReportInput!]!) {"
            + " addReports(returnId: $id, reports: $reports) }";
    private static final String IN_PERIOD = "query($from: Date!, $to: Date!) {"
            + " returns(filter: {from: $from, to: $to}, first: 500) { edges { node { " + FIELDS + " } } } }";

    private final GraphQLClient client;
    private final GraphQLClient reader = GraphQLClient.as("analyst");

    public ReturnDesk(GraphQLClient client) {
        this.client = client;
    }

    public static ReturnDesk as(String user) {
        return new ReturnDesk(GraphQLClient.as(user));
    }

    public JsonObject create(ReturnSpec spec) {
        return succeeded(tryCreate(spec)).getJsonObject("createReturn");
    }

    public JsonObject tryCreate(ReturnSpec spec) {
        return client.post(CREATE, Json.createObjectBuilder().add("input", spec.json()).build());
    }

    public JsonObject update(JsonObject r, ReturnSpec spec) {
        return succeeded(tryUpdate(r.getString("id"), r.getInt("version"), spec)).getJsonObject("updateReturn");
    }

    public JsonObject tryUpdate(String id, int expectedVersion, ReturnSpec spec) {
        return client.post(UPDATE, Json.createObjectBuilder().add("id", id).add("v", expectedVersion)
                .add("input", spec.json()).build());
    }

    public void delete(JsonObject r) {
        succeeded(tryDelete(r.getString("id"), r.getInt("version")));
    }

    public JsonObject tryDelete(String id, int expectedVersion) {
        return client.post(DELETE, Json.createObjectBuilder().add("id", id).add("v", expectedVersion).build());
    }

    public JsonObject setStatus(JsonObject r, String status) {
        return succeeded(trySetStatus(r.getString("id"), r.getInt("version"), status)).getJsonObject("setReturnStatus");
    }

    public JsonObject trySetStatus(String id, int expectedVersion, String status) {
        return client.post(STATUS, Json.createObjectBuilder().add("id", id).add("v", expectedVersion)
                .add("s", status).build());
    }

    public JsonObject setCounts(JsonObject r, JsonArray cells) {
        return succeeded(trySetCounts(r.getString("id"), r.getInt("version"), cells)).getJsonObject("setCounts");
    }

    public JsonObject trySetCounts(String id, int expectedVersion, JsonArray cells) {
        return client.post(COUNTS, Json.createObjectBuilder().add("id", id).add("v", expectedVersion)
                .add("cells", cells).build());
    }

    /** Reports sent in one request at most: a GraphQL body may hold 64 KB. */
    private static final int REPORTS_PER_REQUEST = 400;

    /** Adds the reports, a few hundred a request; answers how many the server says it stored. */
    public int addReports(JsonObject r, JsonArray reports) {
        return addReports(r.getString("id"), reports);
    }

    /** Adds the reports to the return with this id, a few hundred a request. */
    public int addReports(String id, JsonArray reports) {
        int stored = 0;
        for (int from = 0; from < reports.size(); from += REPORTS_PER_REQUEST) {
            var chunk = Json.createArrayBuilder();
            reports.subList(from, Math.min(reports.size(), from + REPORTS_PER_REQUEST)).forEach(chunk::add);
            stored += succeeded(tryAddReports(id, chunk.build())).getInt("addReports");
        }
        return stored;
    }

    public JsonObject tryAddReports(String id, JsonArray reports) {
        return client.post(REPORTS, Json.createObjectBuilder().add("id", id).add("reports", reports).build());
    }

    /** The return as stored now, read by the analyst; empty when there is none. */
    public Optional<JsonObject> reread(JsonObject r) {
        return inPeriodOf(r.getString("periodStart"), r.getString("periodEnd"))
                .filter(n -> n.getString("id").equals(r.getString("id"))).findFirst();
    }

    /** The stored return with this reference among those of {@code spec}'s period; empty when there is none. */
    public Optional<JsonObject> withRef(ReturnSpec spec) {
        return inPeriodOf(spec.periodStart().toString(), spec.periodEnd().toString())
                .filter(n -> n.getString("ref").equals(spec.ref())).findFirst();
    }

    private java.util.stream.Stream<JsonObject> inPeriodOf(String from, String to) {
        return reader.data(IN_PERIOD, Json.createObjectBuilder().add("from", from).add("to", to).build())
                .getJsonObject("returns").getJsonArray("edges").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getJsonObject("node"));
    }

    private static JsonObject succeeded(JsonObject answer) {
        if (answer.containsKey("errors")) {
            throw new AssertionError("expected no errors, got " + answer.get("errors"));
        }
        return answer.getJsonObject("data");
    }

    /** One published cell as counts.csv writes it. */
    public static JsonObject cell(String dimension, String category, int count) {
        return Json.createObjectBuilder().add("dimension", dimension).add("category", category).add("count", count).build();
    }

    /** Kent-like cells: 42 reports, 9 of them about victims under 18 and 33 about adults. */
    public static JsonArray kentCells() {
        return Json.createArrayBuilder().add(cell("TOTAL", "", 42)).add(cell("AGE", "0-17", 9))
                .add(cell("AGE", "18+", 33)).build();
    }

    /** A report known only by the Home Office outcome type it was recorded with. */
    public static JsonObject reportWithHomeOfficeOutcome(int type) {
        return Json.createObjectBuilder().add("homeOfficeOutcome", type).build();
    }
}
