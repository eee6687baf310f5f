package uk.nciistats.returns;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import uk.nciistats.support.GraphQLClient;
import uk.nciistats.support.Refusal;
import uk.nciistats.support.ReturnDesk;
import uk.nciistats.support.ReturnSpec;
import uk.nciistats.support.TestServer;

import static org.assertj.core.api.Assertions.assertThat;

class ReportsQueryIT {
    private static final String QUERY = """
            query($where: ReportWhere, $after: String) {
              reports(where: $where, orderBy: [{field: REPORTED_ON}], first: 2, after: $after) {
                totalCount
                edges { cursor node { reportedOn victimAge victimGender platforms outcome dataReturn { ref force { code } } } }
                pageInfo { hasNextPage endCursor }
              }
            }""";

    private final GraphQLClient analyst = GraphQLClient.as("analyst");

    @Test
    void childrenOfOneForceAreListedInDateOrderAPageAtATime() {
        int year = TestServer.freshYear();
        var editor = ReturnDesk.as("editor");
        var kent = editor.create(ReturnSpec.records(year));
        editor.addReports(kent, Json.createArrayBuilder()
                .add(report(year + "-05-01", 15, "FACEBOOK", "CHARGED"))
                .add(report(year + "-02-01", 12, "INSTAGRAM", "CAUTION"))
                .add(report(year + "-03-01", 30, "FACEBOOK", "CHARGED"))
                .add(report(year + "-04-01", 17, null, "UNKNOWN")).build());
        var where = Json.createObjectBuilder()
                .add("forceCode", Json.createObjectBuilder().add("eq", ReturnSpec.KENT))
                .add("victimAge", Json.createObjectBuilder().add("lt", 18))
                .add("reportedOn", Json.createObjectBuilder().add("gte", year + "-01-01").add("lte", year + "-12-31"))
                .build();

        var first = analyst.data(QUERY, Json.createObjectBuilder().add("where", where).build()).getJsonObject("reports");
        var second = analyst.data(QUERY, Json.createObjectBuilder().add("where", where)
                .add("after", first.getJsonObject("pageInfo").getString("endCursor")).build()).getJsonObject("reports");

        assertThat(first.getInt("totalCount")).isEqualTo(3);
        assertThat(dates(first)).containsExactly(year + "-02-01", year + "-04-01");
        assertThat(first.getJsonObject("pageInfo").getBoolean("hasNextPage")).isTrue();
        assertThat(dates(second)).containsExactly(year + "-05-01");
        assertThat(second.getJsonObject("pageInfo").getBoolean("hasNextPage")).isFalse();
        var node = first.getJsonArray("edges").getJsonObject(0).getJsonObject("node");
        assertThat(node.getJsonObject("dataReturn").getString("ref")).isEqualTo(kent.getString("ref"));
        assertThat(node.getJsonArray("platforms").getString(0)).isEqualTo("INSTAGRAM");
    }

    @Test
    void theCountOfMatchesFollowsEveryWrite() {
        int year = TestServer.freshYear();
        var editor = ReturnDesk.as("editor");
        var kent = editor.create(ReturnSpec.records(year));
        editor.addReports(kent, Json.createArrayBuilder().add(report(year + "-05-01", 15, null, "CHARGED")).build());
        var where = Json.createObjectBuilder().add("where", Json.createObjectBuilder()
                .add("forceCode", Json.createObjectBuilder().add("eq", ReturnSpec.KENT))
                .add("reportedOn", Json.createObjectBuilder().add("gte", year + "-01-01").add("lte", year + "-12-31")))
                .build();
        int before = analyst.data(QUERY, where).getJsonObject("reports").getInt("totalCount");

        editor.addReports(kent, Json.createArrayBuilder().add(report(year + "-06-01", 40, null, "CAUTION")).build());
        int after = analyst.data(QUERY, where).getJsonObject("reports").getInt("totalCount");

        assertThat(before).isEqualTo(1);
        assertThat(after).isEqualTo(2);
    }

    @Test
    void orAndNotAndPlatformContainsCombine() {
        int year = TestServer.freshYear();
        var editor = ReturnDesk.as("editor");
        var kent = editor.create(ReturnSpec.records(year));
        editor.addReports(kent, Json.createArrayBuilder()
                .add(report(year + "-05-01", 15, "FACEBOOK", "CHARGED"))
                .add(report(year + "-02-01", 40, "INSTAGRAM", "CAUTION"))
                .add(report(year + "-03-01", 30, null, "NO_FURTHER_ACTION")).build());
        var where = Json.createObjectBuilder()
                .add("reportedOn", Json.createObjectBuilder().add("gte", year + "-01-01").add("lte", year + "-12-31"))
                .add("or", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("platform", Json.createObjectBuilder().add("eq", "FACEBOOK")))
                        .add(Json.createObjectBuilder().add("not", Json.createObjectBuilder()
                                .add("outcome", Json.createObjectBuilder().add("in", Json.createArrayBuilder().add("CHARGED").add("CAUTION"))))));

        var reports = analyst.data(QUERY, Json.createObjectBuilder().add("where", where).build()).getJsonObject("reports");

        assertThat(reports.getInt("totalCount")).isEqualTo(2);
        assertThat(dates(reports)).containsExactly(year + "-03-01", year + "-05-01");
    }

    @Test
    void aViewerNeverSeesRecordLevelReports() {
        var refusal = Refusal.of(GraphQLClient.as("viewer").post("{ reports { totalCount } }"));

        assertThat(refusal.code()).isEqualTo("FORBIDDEN");
    }

    @Test
    void aPageAboveTheMaximumIsRefusedNamingFirst() {
        var refusal = Refusal.of(analyst.post("{ reports(first: 501) { totalCount } }"));

        assertThat(refusal.code()).isEqualTo("VALIDATION");
        assertThat(refusal.field()).isEqualTo("first");
    }

    private static JsonObject report(String day, int age, String platform, String outcome) {
        var r = Json.createObjectBuilder().add("reportedOn", day).add("victimAge", age).add("outcome", outcome)
                .add("victimGender", "FEMALE");
        if (platform != null) {
            r.add("platforms", Json.createArrayBuilder().add(platform));
        }
        return r.build();
    }

    private static java.util.List<String> dates(JsonObject connection) {
        return connection.getJsonArray("edges").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getJsonObject("node").getString("reportedOn")).toList();
    }
}
