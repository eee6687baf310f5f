package uk.nciistats.export;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import uk.nciistats.support.GraphQLClient;
import uk.nciistats.support.HttpGet;
import uk.nciistats.support.ReturnDesk;
import uk.nciistats.support.ReturnSpec;
import uk.nciistats.support.TestServer;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ReportsCsvIT {
    private static final String REPORTS = """
            query($where: ReportWhere, $after: String) {
              reports(where: $where, orderBy: ORDER, first: 500,
                      after: $after) {
                edges { node { id reportedOn victimAge victimGender platforms outcome
                               dataReturn { ref status force { code } } } }
                pageInfo { hasNextPage endCursor }
              }
            }""";

    private final ReturnDesk editor = ReturnDesk.as("editor");

    /** Kent's record-level return of a fresh year with {@code n} varied reports (some undated, some of unknown age). */
    private int kentWithReports(int n) {
        int year = TestServer.freshYear();
        var kent = editor.create(ReturnSpec.records(year));
        String[] outcomes = {"CHARGED", "CAUTION", "NO_FURTHER_ACTION", "UNKNOWN"};
        String[] genders = {"FEMALE", "MALE", "OTHER", "UNKNOWN"};
        var reports = Json.createArrayBuilder();
        for (int i = 0; i < n; i++) {
            var report = Json.createObjectBuilder().add("outcome", outcomes[i % 4]).add("victimGender", genders[i % 3]);
            if (i % 5 != 0) {
                report.add("reportedOn", String.format("%d-%02d-%02d", year, 1 + i % 12, 1 + i % 28));
            }
            if (i % 7 != 0) {
                report.add("victimAge", 11 + i % 40);
            }
            var platforms = Json.createArrayBuilder();
            if (i % 2 == 0) {
                platforms.add("FACEBOOK");
            }
            if (i % 3 == 0) {
                platforms.add("SNAPCHAT");
            }
            reports.add(report.add("platforms", platforms));
        }
        editor.addReports(kent, reports.build());
        return year;
    }

    @Test
    void theStreamedReportsAreExactlyThoseGraphQLListsForTheSameFilter() {
        int year = kentWithReports(1_200);

        var response = HttpGet.as("analyst").get("/api/export/reports.csv?forces=" + ReturnSpec.KENT
                + "&from=" + year + "-03-01&to=" + year + "-10-31&ages=0-17,30-39&platforms=FACEBOOK,SNAPCHAT"
                + "&orderBy=REPORTED_ON,VICTIM_AGE:DESC");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"ncii-reports.csv\"");
        var rows = HttpGet.csv(response.body());
        assertThat(rows.get(0)).containsExactly("return_ref", "reported_on", "victim_age", "victim_gender", "platforms",
                "outcome", "force_code", "return_status", "home_office_outcome", "report_id");
        var where = Json.createObjectBuilder()
                .add("forceCode", Json.createObjectBuilder().add("in", Json.createArrayBuilder().add(ReturnSpec.KENT)))
                .add("reportedOn", Json.createObjectBuilder().add("gte", year + "-03-01").add("lte", year + "-10-31"))
                .add("platform", Json.createObjectBuilder().add("in", Json.createArrayBuilder().add("FACEBOOK").add("SNAPCHAT")))
                .add("or", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("victimAge", Json.createObjectBuilder().add("gte", 0).add("lte", 17)))
                        .add(Json.createObjectBuilder().add("victimAge", Json.createObjectBuilder().add("gte", 30).add("lte", 39))))
                .build();
        var listed = graphqlReports(where, "[{field: REPORTED_ON}, {field: VICTIM_AGE, direction: DESC}]");
        assertThat(listed).hasSizeGreaterThan(100);
        assertThat(rows.subList(1, rows.size())).isEqualTo(listed);
    }

    @Test
    void regionCountryGenderOutcomeAndStatusFiltersSelectWhatGraphQLSelects() {
        int year = kentWithReports(600);

        var rows = HttpGet.csv(HttpGet.as("analyst").get("/api/export/reports.csv?regions=South%20East&countries=ENGLAND"
                + "&genders=FEMALE,OTHER&outcomes=CHARGED,UNKNOWN&statuses=DRAFT,VERIFIED&offences=SOA2003-S66B"
                + "&from=" + year + "-01-01&to=" + year + "-12-31&orderBy=FORCE_CODE,OUTCOME:DESC,VICTIM_GENDER").body());

        var where = Json.createObjectBuilder()
                .add("region", Json.createObjectBuilder().add("in", Json.createArrayBuilder().add("South East")))
                .add("country", Json.createObjectBuilder().add("in", Json.createArrayBuilder().add("ENGLAND")))
                .add("victimGender", Json.createObjectBuilder().add("in", Json.createArrayBuilder().add("FEMALE").add("OTHER")))
                .add("outcome", Json.createObjectBuilder().add("in", Json.createArrayBuilder().add("CHARGED").add("UNKNOWN")))
                .add("returnStatus", Json.createObjectBuilder().add("in", Json.createArrayBuilder().add("DRAFT").add("VERIFIED")))
                .add("reportedOn", Json.createObjectBuilder().add("gte", year + "-01-01").add("lte", year + "-12-31"))
                .build();
        var listed = graphqlReports(where, "[{field: FORCE_CODE}, {field: OUTCOME, direction: DESC}, {field: VICTIM_GENDER}]");
        assertThat(listed).hasSizeGreaterThan(50);
        assertThat(rows.subList(1, rows.size())).isEqualTo(listed);
    }

    @Test
    void everyReportOfTheFilterComesOutWhateverTheNumber() {
        int year = kentWithReports(5_000);

        var rows = HttpGet.csv(HttpGet.as("analyst").get("/api/export/reports.csv?forces=" + ReturnSpec.KENT
                + "&statuses=DRAFT&from=" + year + "-01-01&to=" + year + "-12-31").body());

        assertThat(rows).hasSize(1 + 4_000); // every fifth report is undated, so outside any from..to
        assertThat(rows.subList(1, rows.size())).extracting(r -> Long.parseLong(r.get(9))).isSorted();
    }

    @Test
    void aViewerGetsNoRecordLevelData() {
        var response = HttpGet.as("viewer").get("/api/export/reports.csv");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(CohortCsvIT.code(response)).isEqualTo("FORBIDDEN");
        assertThat(response.body()).doesNotContain("return_ref");
    }

    @Test
    void aBadFilterIsRefusedBeforeAnyRowIsWritten() {
        var analyst = HttpGet.as("analyst");
        var backwards = analyst.get("/api/export/reports.csv?from=2020-01-01&to=2019-01-01");
        var badOrder = analyst.get("/api/export/reports.csv?orderBy=SHOE_SIZE");
        var grouped = analyst.get("/api/export/reports.csv?groupBy=FORCE");

        assertThat(List.of(backwards, badOrder, grouped)).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(400))
                .extracting(CohortCsvIT::field).containsExactly("filter.from", "orderBy", "groupBy");
    }

    /** Every report GraphQL lists for {@code where}, page after page, written as reports.csv writes it. */
    private static List<List<String>> graphqlReports(JsonObject where, String orderBy) {
        var analyst = GraphQLClient.as("analyst");
        var rows = new ArrayList<List<String>>();
        String after = null;
        do {
            var variables = Json.createObjectBuilder().add("where", where);
            if (after != null) {
                variables.add("after", after);
            }
            var page = analyst.data(REPORTS.replace("ORDER", orderBy), variables.build()).getJsonObject("reports");
            for (var edge : page.getJsonArray("edges").getValuesAs(JsonObject.class)) {
                var node = edge.getJsonObject("node");
                var ret = node.getJsonObject("dataReturn");
                rows.add(List.of(ret.getString("ref"), node.isNull("reportedOn") ? "" : node.getString("reportedOn"),
                        node.isNull("victimAge") ? "" : String.valueOf(node.getInt("victimAge")),
                        node.getString("victimGender"), platforms(node.getJsonArray("platforms")), node.getString("outcome"),
                        ret.getJsonObject("force").getString("code"), ret.getString("status"), "", node.getString("id")));
            }
            after = page.getJsonObject("pageInfo").getBoolean("hasNextPage")
                    ? page.getJsonObject("pageInfo").getString("endCursor") : null;
        } while (after != null);
        return rows;
    }

    private static String platforms(JsonArray platforms) {
        return platforms.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString)
                .collect(Collectors.joining(";"));
    }
}
