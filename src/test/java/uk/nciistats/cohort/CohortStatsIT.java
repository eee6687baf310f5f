package uk.nciistats.cohort;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import uk.nciistats.support.CohortFixtures;
import uk.nciistats.support.GraphQLClient;
import uk.nciistats.support.Perturbed;
import uk.nciistats.support.Refusal;
import uk.nciistats.support.ReturnDesk;
import uk.nciistats.support.ReturnSpec;
import uk.nciistats.support.TestServer;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uk.nciistats.support.ReturnDesk.cell;

class CohortStatsIT {
    private static final String MET = CohortFixtures.MET;
    private static final String QUESTION = """
            query($filter: CohortFilter, $groupBy: [Dimension!]) {
              cohortStats(filter: $filter, groupBy: $groupBy, ageBands: [{max: 17}, {min: 18}]) {
                total { low high exact suppressed }
                rows { force { code } ageBand { label min max } count { low high exact suppressed } share { low high } }
                notes
              }
            }""";

    private final ReturnDesk editor = ReturnDesk.as("editor");
    private final GraphQLClient analyst = GraphQLClient.as("analyst");

    /** Kent and the Metropolitan Police of cohort-semantics §12, for one fresh year. */
    private int kentAndMet() {
        return CohortFixtures.kentAndMet(editor);
    }

    private static JsonObject variables(int year, String... groupBy) {
        var dims = Json.createArrayBuilder();
        List.of(groupBy).forEach(dims::add);
        return Json.createObjectBuilder().add("filter", Json.createObjectBuilder()
                        .add("forces", Json.createArrayBuilder().add(ReturnSpec.KENT).add(MET))
                        .add("from", LocalDate.of(year, 1, 1).toString()).add("to", LocalDate.of(year, 12, 31).toString()))
                .add("groupBy", dims).build();
    }

    private static String row(JsonObject r) {
        var c = r.getJsonObject("count");
        return (r.isNull("force") ? "" : r.getJsonObject("force").getString("code") + " ")
                + r.getJsonObject("ageBand").getString("label") + " " + c.getInt("low") + ".." + c.getInt("high");
    }

    @Test
    void theWorkedExampleByForceAndAgeBandGivesKentExactlyAndTheMetAsARange() {
        int year = kentAndMet();

        var stats = analyst.data(QUESTION, variables(year, "FORCE", "AGE_BAND")).getJsonObject("cohortStats");

        assertThat(stats.getJsonArray("rows").getValuesAs(JsonObject.class)).extracting(CohortStatsIT::row)
                .containsExactly("E23000001 0-17 0..107", "E23000001 18+ 340..447", "E23000001 UNKNOWN 6..6",
                        "E23000032 0-17 9..9", "E23000032 18+ 33..33");
        var kentUnder18 = stats.getJsonArray("rows").getJsonObject(3);
        assertThat(kentUnder18.getJsonObject("count").getBoolean("exact")).isTrue();
        assertThat(kentUnder18.getJsonObject("share").getJsonNumber("low").doubleValue()).isCloseTo(0.214, within(0.001));
        assertThat(kentUnder18.getJsonObject("share").getJsonNumber("high").doubleValue()).isCloseTo(0.214, within(0.001));
        assertThat(stats.getJsonArray("rows").getJsonObject(0).getJsonObject("ageBand").getInt("min")).isZero();
        assertThat(stats.getJsonArray("rows").getJsonObject(1).getJsonObject("ageBand").isNull("max")).isTrue();
    }

    @Test
    void theWorkedExampleByAgeBandAloneAddsTheBounds() {
        int year = kentAndMet();

        var stats = analyst.data(QUESTION, variables(year, "AGE_BAND")).getJsonObject("cohortStats");

        assertThat(stats.getJsonArray("rows").getValuesAs(JsonObject.class)).extracting(CohortStatsIT::row)
                .containsExactly("0-17 9..116", "18+ 373..480", "UNKNOWN 6..6");
        assertThat(stats.getJsonObject("total").getInt("low")).isEqualTo(495);
        assertThat(stats.getJsonObject("total").getBoolean("exact")).isTrue();
        assertThat(stats.getJsonArray("notes").getString(0)).contains("10-19").contains("0-17");
    }

    @Test
    void theNextAnswerAfterAWriteIncludesIt() {
        int year = TestServer.freshYear();
        var kent = editor.create(ReturnSpec.records(year));
        var question = "query($f: CohortFilter) { cohortStats(filter: $f) { total { low high } } }";
        var filter = Json.createObjectBuilder().add("f", Json.createObjectBuilder()
                .add("forces", Json.createArrayBuilder().add(ReturnSpec.KENT))
                .add("from", year + "-01-01").add("to", year + "-12-31")).build();
        assertThat(analyst.data(question, filter).getJsonObject("cohortStats").getJsonObject("total").getInt("high")).isZero();

        editor.addReports(kent, Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("reportedOn", year + "-03-01").add("victimAge", 16).add("outcome", "CHARGED"))
                .add(Json.createObjectBuilder().add("victimAge", 30).add("outcome", "CAUTION")).build());

        var total = analyst.data(question, filter).getJsonObject("cohortStats").getJsonObject("total");
        assertThat(total.getInt("low")).isEqualTo(2);
        assertThat(total.getInt("high")).isEqualTo(2);
    }

    @Test
    void ageStatisticsComeFromRecordLevelReportsWithTheirCoverage() {
        int year = TestServer.freshYear();
        var kent = editor.create(ReturnSpec.records(year));
        editor.addReports(kent, Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("victimAge", 11).add("outcome", "CHARGED"))
                .add(Json.createObjectBuilder().add("victimAge", 20).add("outcome", "CHARGED"))
                .add(Json.createObjectBuilder().add("victimAge", 30).add("outcome", "CHARGED"))
                .add(Json.createObjectBuilder().add("victimAge", 41).add("outcome", "CHARGED"))
                .add(Json.createObjectBuilder().add("outcome", "UNKNOWN")).build());

        var stats = analyst.data("query($f: CohortFilter) { ageStats(filter: $f) { count min max mean median coverage } }",
                Json.createObjectBuilder().add("f", Json.createObjectBuilder()
                        .add("forces", Json.createArrayBuilder().add(ReturnSpec.KENT))
                        .add("from", year + "-01-01").add("to", year + "-12-31")).build()).getJsonObject("ageStats");

        assertThat(stats.getInt("count")).isEqualTo(4);
        assertThat(stats.getInt("min")).isEqualTo(11);
        assertThat(stats.getInt("max")).isEqualTo(41);
        assertThat(stats.getJsonNumber("mean").doubleValue()).isEqualTo(25.5);
        assertThat(stats.getJsonNumber("median").doubleValue()).isEqualTo(25.0);
        assertThat(stats.getJsonNumber("coverage").doubleValue()).isEqualTo(0.8);
    }

    @Test
    void aQuestionThatCannotBeAnsweredNamesTheArgument() {
        var repeated = analyst.post("{ cohortStats(groupBy: [FORCE, FORCE]) { total { low } } }");
        var twoCalendars = analyst.post("{ cohortStats(groupBy: [YEAR, MONTH]) { total { low } } }");
        var emptyBands = analyst.post("{ cohortStats(ageBands: []) { total { low } } }");
        var minAboveMax = analyst.post("{ cohortStats(ageBands: [{min: 30, max: 20}]) { total { low } } }");
        var unknownForce = analyst.post("{ cohortStats(filter: {forces: [\"X1\"]}) { total { low } } }");
        var backwards = analyst.post("{ cohortStats(filter: {from: \"2020-01-01\", to: \"2019-01-01\"}) { total { low } } }");

        assertThat(List.of(repeated, twoCalendars, emptyBands, minAboveMax, unknownForce, backwards))
                .extracting(e -> Refusal.of(e).code() + " " + Refusal.of(e).field())
                .containsExactly("VALIDATION groupBy", "VALIDATION groupBy", "VALIDATION ageBands",
                        "VALIDATION ageBands[0]", "VALIDATION filter.forces", "VALIDATION filter.from");
    }

    @Test
    void aViewerSeesOnlyPublishedReturnsPerturbedAndNoSmallCounts() {
        int year = TestServer.freshYear();
        var kent = editor.create(ReturnSpec.aggregate(year));
        kent = editor.setCounts(kent, Json.createArrayBuilder().add(cell("TOTAL", "", 42)).add(cell("AGE", "0-17", 2))
                .add(cell("AGE", "18-29", 21)).add(cell("AGE", "30+", 19)).build());
        var draftOnly = GraphQLClient.as("viewer").data(QUESTION, kentOnly(year)).getJsonObject("cohortStats");
        assertThat(draftOnly.getJsonObject("total").getInt("high")).isZero();

        kent = ReturnDesk.as("editor2").setStatus(kent, "VERIFIED");
        ReturnDesk.as("admin").setStatus(kent, "PUBLISHED");
        var asAnalyst = analyst.data(QUESTION, kentOnly(year)).getJsonObject("cohortStats");
        var stats = GraphQLClient.as("viewer").data(QUESTION, kentOnly(year)).getJsonObject("cohortStats");

        assertThat(asAnalyst.getJsonArray("rows").getJsonObject(0).getJsonObject("count").getInt("low"))
                .as("the same question asked just before by an analyst is answered exactly, for the analyst only")
                .isEqualTo(2);

        var rows = stats.getJsonArray("rows").getValuesAs(JsonObject.class);
        assertThat(rows).hasSize(2);
        var under18 = rows.get(0).getJsonObject("count");
        var adults = rows.get(1).getJsonObject("count");
        assertThat(under18.getBoolean("suppressed")).isTrue();
        assertThat(under18.isNull("low")).isTrue();
        assertThat(rows.get(0).isNull("share")).isTrue();
        assertThat(adults.getBoolean("suppressed")).as("no secondary suppression: perturbation protects the child").isFalse();
        assertThat(adults.getBoolean("exact")).isFalse();
        Perturbed.assertPerturbed(adults.getInt("low"), 40);
        assertThat(adults.getInt("high")).isEqualTo(adults.getInt("low"));
        var total = stats.getJsonObject("total");
        Perturbed.assertPerturbed(total.getInt("low"), 42);
        assertThat(total.getBoolean("exact")).isFalse();
        assertThat(stats.getJsonArray("notes").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).anyMatch(n -> n.contains("perturbed by up to ±2"))
                .filteredOn(n -> !n.contains("perturbed")).noneMatch(n -> n.matches(".*\\b(2|21|19|42)\\b.*"));

        var ungrouped = GraphQLClient.as("viewer").data(
                "query($filter: CohortFilter) { cohortStats(filter: $filter) { total { low high suppressed } rows { count { low suppressed } } } }",
                Json.createObjectBuilder().add("filter", kentOnly(year).getJsonObject("filter")).build()).getJsonObject("cohortStats");
        assertThat(ungrouped.getJsonObject("total").getInt("low")).as("the same contributors, the same figure")
                .isEqualTo(total.getInt("low"));
        assertThat(ungrouped.getJsonArray("rows").getJsonObject(0).getJsonObject("count").getInt("low"))
                .isEqualTo(total.getInt("low"));
    }

    private static JsonObject kentOnly(int year) {
        return Json.createObjectBuilder().add("filter", Json.createObjectBuilder()
                        .add("forces", Json.createArrayBuilder().add(ReturnSpec.KENT))
                        .add("from", year + "-01-01").add("to", year + "-12-31"))
                .add("groupBy", Json.createArrayBuilder().add("AGE_BAND")).build();
    }
}
