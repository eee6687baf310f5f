package uk.nciistats.export;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import uk.nciistats.support.CohortFixtures;
import uk.nciistats.support.GraphQLClient;
import uk.nciistats.support.HttpGet;
import uk.nciistats.support.Perturbed;
import uk.nciistats.support.ReturnDesk;
import uk.nciistats.support.ReturnSpec;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CohortCsvIT {
    private static final String MET = CohortFixtures.MET;
    private static final String QUESTION = """
            query($filter: CohortFilter, $groupBy: [Dimension!], $bands: [AgeBandInput!]) {
              cohortStats(filter: $filter, groupBy: $groupBy, ageBands: $bands) {
                rows { force { code name } ageBand { label } count { low high exact suppressed } share { low high }
                       coverage { forcesInScope forcesCovered } }
                coverage { forcesInScope forcesCovered }
              }
            }""";

    private final ReturnDesk editor = ReturnDesk.as("editor");

    @Test
    void theWorkedExampleByForceAndAgeBandIsOneFlatRowPerCohortRow() {
        int year = CohortFixtures.kentAndMet(editor);

        var response = HttpGet.as("analyst").get("/api/export/cohort.csv?groupBy=FORCE,AGE_BAND&bands=0-17,18+"
                + "&forces=" + ReturnSpec.KENT + "," + MET + "&from=" + year + "-01-01&to=" + year + "-12-31");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv").contains("UTF-8");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"ncii-cohort-force-age-band.csv\"");
        var rows = HttpGet.csv(response.body());
        assertThat(rows.get(0)).containsExactly("force_code", "force_name", "age_band", "low", "high", "exact",
                "suppressed", "share_low", "share_high", "forces_in_scope", "forces_covered");
        assertThat(rows.subList(1, rows.size())).as("each force's row covers that force for the whole year")
                .allSatisfy(r -> assertThat(r.subList(9, 11)).containsExactly("1", "1"));
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0) + " " + r.get(2) + " " + r.get(3) + ".."
                + r.get(4) + " " + r.get(5)).containsExactly(
                MET + " 0-17 0..107 false", MET + " 18+ 340..447 false", MET + " UNKNOWN 6..6 true",
                ReturnSpec.KENT + " 0-17 9..9 true", ReturnSpec.KENT + " 18+ 33..33 true");
        assertThat(rows.get(4).get(1)).isEqualTo("Kent Police");
        assertThat(Double.parseDouble(rows.get(4).get(7))).isEqualTo(9.0 / 42);
    }

    @Test
    void everyCellAndShareIsTheOneGraphQLAnswers() {
        int year = CohortFixtures.kentAndMet(editor);
        String query = "groupBy=FORCE,AGE_BAND&bands=0-17,18-24,25%2B&shareBase=KNOWN&forces=" + ReturnSpec.KENT + "," + MET
                + "&from=" + year + "-01-01&to=" + year + "-12-31";

        var csv = HttpGet.csv(HttpGet.as("analyst").get("/api/export/cohort.csv?" + query).body());
        var graphql = graphqlRows("analyst", year, List.of(ReturnSpec.KENT, MET), List.of("FORCE", "AGE_BAND"),
                "[{max: 17}, {min: 18, max: 24}, {min: 25}]", "KNOWN");

        assertThat(csv.subList(1, csv.size())).isEqualTo(graphql);
    }

    @Test
    void aViewerGetsTheSamePerturbedAndWithheldCellsAsInGraphQLAndAnAnalystTheExactCounts() {
        int year = CohortFixtures.publishedKentWithAFewChildren(editor);
        String query = "/api/export/cohort.csv?groupBy=AGE_BAND&bands=0-17,18-29,30%2B&forces=" + ReturnSpec.KENT
                + "&from=" + year + "-01-01&to=" + year + "-12-31";

        var asViewer = HttpGet.csv(HttpGet.as("viewer").get(query).body());
        var asAnalyst = HttpGet.csv(HttpGet.as("analyst").get(query).body());

        var viewerRows = asViewer.subList(1, asViewer.size());
        assertThat(viewerRows).extracting(r -> r.get(0) + " " + r.get(3) + " " + r.get(4))
                .containsExactly("0-17 false true", "18-29 false false", "30+ false false");
        assertThat(viewerRows.get(0).subList(1, 3)).containsOnly("");
        Perturbed.assertPerturbed(Long.parseLong(viewerRows.get(1).get(1)), 21);
        Perturbed.assertPerturbed(Long.parseLong(viewerRows.get(2).get(2)), 19);
        assertThat(asAnalyst.subList(1, asAnalyst.size())).extracting(r -> r.get(0) + " " + r.get(1) + ".." + r.get(2))
                .containsExactly("0-17 2..2", "18-29 21..21", "30+ 19..19");
        var viewerGraphql = graphqlRows("viewer", year, List.of(ReturnSpec.KENT), List.of("AGE_BAND"),
                "[{max: 17}, {min: 18, max: 29}, {min: 30}]", "PARENT");
        assertThat(asViewer.subList(1, asViewer.size())).isEqualTo(viewerGraphql);
    }

    @Test
    void aBadParameterIsRefusedAsJsonNamingTheArgumentAsGraphQLDoes() {
        var analyst = HttpGet.as("analyst");
        var minAboveMax = analyst.get("/api/export/cohort.csv?bands=30-20");
        var notABand = analyst.get("/api/export/cohort.csv?bands=0-17,adults");
        var notADate = analyst.get("/api/export/cohort.csv?from=2016-13-01");
        var unknownForce = analyst.get("/api/export/cohort.csv?forces=X1");
        var repeated = analyst.get("/api/export/cohort.csv?groupBy=FORCE,FORCE");
        var unknownDimension = analyst.get("/api/export/cohort.csv?groupBy=FORCE,SHOE_SIZE");
        var misspelt = analyst.get("/api/export/cohort.csv?grupBy=FORCE");
        var graphql = GraphQLClient.as("analyst").post("{ cohortStats(ageBands: [{min: 30, max: 20}]) { total { low } } }");

        assertThat(List.of(minAboveMax, notABand, notADate, unknownForce, repeated, unknownDimension, misspelt))
                .allSatisfy(r -> {
                    assertThat(r.statusCode()).isEqualTo(400);
                    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
                })
                .extracting(r -> code(r) + " " + field(r))
                .containsExactly("VALIDATION ageBands[0]", "VALIDATION ageBands[1]", "VALIDATION filter.from",
                        "VALIDATION filter.forces", "VALIDATION groupBy", "VALIDATION groupBy", "VALIDATION grupBy");
        var sameAsGraphQL = graphql.getJsonArray("errors").getJsonObject(0);
        assertThat(error(minAboveMax).getString("message")).isEqualTo(sameAsGraphQL.getString("message"));
        assertThat(error(notABand).getString("message")).contains("adults").contains("LO-HI");
    }

    @Test
    void withoutSignInThereIsNothingButAChallenge() {
        var response = HttpGet.anonymous().get("/api/export/cohort.csv");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Basic");
    }

    /** GraphQL's cohortStats rows written the way cohort.csv writes them. */
    static List<List<String>> graphqlRows(String user, int year, List<String> forces, List<String> groupBy, String bands,
                                          String shareBase) {
        var filter = Json.createObjectBuilder().add("forces", Json.createArrayBuilder(forces))
                .add("from", year + "-01-01").add("to", year + "-12-31");
        var query = QUESTION.replace("$bands: [AgeBandInput!]", "$shareBase: ShareBase")
                .replace("ageBands: $bands", "ageBands: " + bands + ", shareBase: $shareBase");
        var stats = GraphQLClient.as(user).data(query, Json.createObjectBuilder().add("filter", filter)
                .add("groupBy", Json.createArrayBuilder(groupBy)).add("shareBase", shareBase).build())
                .getJsonObject("cohortStats");
        var rows = new ArrayList<List<String>>();
        for (var row : stats.getJsonArray("rows").getValuesAs(JsonObject.class)) {
            var cells = new ArrayList<String>();
            if (groupBy.contains("FORCE")) {
                cells.add(row.getJsonObject("force").getString("code"));
                cells.add(row.getJsonObject("force").getString("name"));
            }
            cells.add(row.getJsonObject("ageBand").getString("label"));
            var count = row.getJsonObject("count");
            cells.add(text(count.get("low")));
            cells.add(text(count.get("high")));
            cells.add(String.valueOf(count.getBoolean("exact")));
            cells.add(String.valueOf(count.getBoolean("suppressed")));
            var share = row.isNull("share") ? null : row.getJsonObject("share");
            cells.add(share == null ? "" : text(share.get("low")));
            cells.add(share == null ? "" : text(share.get("high")));
            var coverage = row.isNull("coverage") ? stats.getJsonObject("coverage") : row.getJsonObject("coverage");
            cells.add(String.valueOf(coverage.getInt("forcesInScope")));
            cells.add(String.valueOf(coverage.getInt("forcesCovered")));
            rows.add(cells);
        }
        return rows;
    }

    private static String text(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        var number = ((jakarta.json.JsonNumber) value);
        return number.isIntegral() ? number.bigIntegerValue().toString()
                : java.math.BigDecimal.valueOf(number.doubleValue()).stripTrailingZeros().toPlainString();
    }

    static JsonObject error(java.net.http.HttpResponse<String> response) {
        return HttpGet.json(response).asJsonObject().getJsonArray("errors").getJsonObject(0);
    }

    static String code(java.net.http.HttpResponse<String> response) {
        return error(response).getJsonObject("extensions").getString("code");
    }

    static String field(java.net.http.HttpResponse<String> response) {
        return error(response).getJsonObject("extensions").getString("field", null);
    }
}
