package uk.nciistats.returns;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import uk.nciistats.support.GraphQLClient;
import uk.nciistats.support.Refusal;
import uk.nciistats.support.ReturnDesk;
import uk.nciistats.support.ReturnSpec;
import uk.nciistats.support.TestServer;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nciistats.support.ReturnDesk.cell;

/** Bad input is refused as VALIDATION naming the field at fault, and nothing of it is stored. */
class ReturnValidationIT {
    private final ReturnDesk editor = ReturnDesk.as("editor");

    // --- describing a return ---

    @Test
    void anUnknownForceCodeIsRefused() {
        var spec = ReturnSpec.aggregate(TestServer.freshYear()).withForce("E23000099");

        assertRefused(editor.tryCreate(spec), "input.forceCode");
        assertThat(editor.withRef(spec)).isEmpty();
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        int year = TestServer.freshYear();
        var spec = ReturnSpec.aggregate(year).withPeriod(LocalDate.of(year, 6, 30), LocalDate.of(year, 6, 1));

        assertRefused(editor.tryCreate(spec), "input.periodEnd");
        assertThat(editor.withRef(spec.withPeriod(LocalDate.of(year, 6, 1), LocalDate.of(year, 6, 30)))).isEmpty();
    }

    @Test
    void aPeriodBeforeAnyOffenceWasInForceIsRefused() {
        var spec = ReturnSpec.aggregate(2010);

        var refusal = assertRefused(editor.tryCreate(spec), "input.periodStart");

        assertThat(refusal.message()).contains("2015-04-13");
        assertThat(editor.withRef(spec)).isEmpty();
    }

    @Test
    void aNamedOffenceThatWasNoLongerInForceDuringThePeriodIsRefused() {
        var spec = ReturnSpec.aggregate(TestServer.freshYear()).withOffence("CJCA2015-S33");

        var refusal = assertRefused(editor.tryCreate(spec), "input.periodStart");

        assertThat(refusal.message()).contains("CJCA2015-S33").contains("2024-01-30");
        assertThat(editor.withRef(spec)).isEmpty();
    }

    @Test
    void anUnknownOffenceCodeIsRefused() {
        var spec = ReturnSpec.aggregate(TestServer.freshYear()).withOffence("SOA2003-S99");

        assertRefused(editor.tryCreate(spec), "input.offenceCode");
        assertThat(editor.withRef(spec)).isEmpty();
    }

    @Test
    void aDuplicateReferenceIsRefusedAndTheFirstReturnKeepsIt() {
        var first = editor.create(ReturnSpec.aggregate(TestServer.freshYear()));
        var copy = ReturnSpec.aggregate(TestServer.freshYear()).withRef(first.getString("ref"));

        assertRefused(editor.tryCreate(copy), "input.ref");
        assertThat(editor.withRef(copy)).isEmpty();
        assertThat(editor.reread(first).orElseThrow().getInt("version")).isEqualTo(first.getInt("version"));
    }

    @Test
    void anOverlappingPeriodOfTheSameForceAndOffenceIsRefusedNamingTheFirstReturnItOverlaps() {
        int year = TestServer.freshYear();
        var spring = editor.create(ReturnSpec.aggregate(year).withPeriod(LocalDate.of(year, 3, 1), LocalDate.of(year, 5, 31)));
        editor.create(ReturnSpec.aggregate(year).withPeriod(LocalDate.of(year, 6, 1), LocalDate.of(year, 8, 31)));
        var overlapping = ReturnSpec.aggregate(year).withPeriod(LocalDate.of(year, 4, 1), LocalDate.of(year, 7, 31));

        var refusal = assertRefused(editor.tryCreate(overlapping), "input.periodStart");

        assertThat(refusal.message()).contains(spring.getString("ref"));
        assertThat(editor.withRef(overlapping)).isEmpty();
    }

    @Test
    void anotherForceMayReportTheSamePeriod() {
        int year = TestServer.freshYear();
        editor.create(ReturnSpec.aggregate(year));

        var sussex = editor.create(ReturnSpec.aggregate(year).withForce("E23000033"));

        assertThat(sussex.getJsonObject("force").getString("code")).isEqualTo("E23000033");
    }

    @Test
    void anUpdateIntoAnotherReturnsPeriodIsRefusedAndChangesNothing() {
        int year = TestServer.freshYear();
        var spring = editor.create(ReturnSpec.aggregate(year).withPeriod(LocalDate.of(year, 3, 1), LocalDate.of(year, 5, 31)));
        var summer = editor.create(ReturnSpec.aggregate(year).withPeriod(LocalDate.of(year, 6, 1), LocalDate.of(year, 8, 31)));

        var answer = editor.tryUpdate(summer.getString("id"), summer.getInt("version"),
                ReturnSpec.of(summer).withPeriod(LocalDate.of(year, 5, 1), LocalDate.of(year, 8, 31)));

        assertThat(assertRefused(answer, "input.periodStart").message()).contains(spring.getString("ref"));
        var now = editor.reread(summer).orElseThrow();
        assertThat(now.getString("periodStart")).isEqualTo(year + "-06-01");
        assertThat(now.getInt("version")).isEqualTo(summer.getInt("version"));
    }

    @Test
    void anUpdateWithAnUnknownForceChangesNothing() {
        var r = editor.create(ReturnSpec.aggregate(TestServer.freshYear()));

        var answer = editor.tryUpdate(r.getString("id"), r.getInt("version"), ReturnSpec.of(r).withForce("X1"));

        assertRefused(answer, "input.forceCode");
        assertThat(editor.reread(r).orElseThrow()).isEqualTo(r);
    }

    @Test
    void aDateThatIsNoDateIsRefusedBeforeAnythingIsStored() {
        int year = TestServer.freshYear();
        var spec = ReturnSpec.aggregate(year);
        var input = Json.createObjectBuilder(spec.json()).add("periodEnd", year + "-13-01").build();

        var asVariable = GraphQLClient.as("editor").post("mutation($in: ReturnInput!) { createReturn(input: $in) { id } }",
                Json.createObjectBuilder().add("in", input).build());
        var inline = GraphQLClient.as("editor").post("mutation { createReturn(input: {ref: \"" + spec.ref()
                + "\", forceCode: \"E23000032\", periodStart: \"" + year + "-01-01\", periodEnd: \"" + year
                + "-02-30\", granularity: AGGREGATE, source: \"FOI\"}) { id } }");

        assertRefused(asVariable, "variables.in");
        assertThat(Refusal.of(asVariable).message()).contains(year + "-13-01");
        assertThat(Refusal.of(inline).code()).isEqualTo("VALIDATION");
        assertThat(Refusal.of(inline).message()).contains("periodEnd");
        assertThat(editor.withRef(spec)).isEmpty();
    }

    @Test
    void aReturnThatHoldsPublishedCellsKeepsItsGranularityEvenWhenItsTotalIsZero() {
        var r = editor.create(ReturnSpec.aggregate(TestServer.freshYear()));
        var none = editor.setCounts(r, Json.createArrayBuilder().add(cell("TOTAL", "", 0)).build());

        var answer = editor.tryUpdate(none.getString("id"), none.getInt("version"),
                ReturnSpec.of(none).withGranularity("RECORDS"));

        assertRefused(answer, "input.granularity");
        assertThat(editor.reread(none).orElseThrow()).isEqualTo(none);
    }

    @Test
    void aReturnThatHoldsReportsKeepsItsGranularity() {
        var r = editor.create(ReturnSpec.records(TestServer.freshYear()));
        editor.addReports(r, Json.createArrayBuilder().add(ReturnDesk.reportWithHomeOfficeOutcome(1)).build());
        var withReports = editor.reread(r).orElseThrow();

        var answer = editor.tryUpdate(r.getString("id"), withReports.getInt("version"),
                ReturnSpec.of(withReports).withGranularity("AGGREGATE"));

        assertRefused(answer, "input.granularity");
        assertThat(editor.reread(r).orElseThrow()).isEqualTo(withReports);
    }

    // --- published cells (setCounts) ---

    @Test
    void aNegativeCountIsRefused() {
        assertCellsRefused("cells[1].count", cell("TOTAL", "", 42), cell("AGE", "0-17", -1));
    }

    @Test
    void overlappingAgeBandsAreRefused() {
        var refusal = assertCellsRefused("cells[2].category",
                cell("TOTAL", "", 42), cell("AGE", "0-17", 9), cell("AGE", "16-24", 10));

        assertThat(refusal.message()).contains("16-24").contains("0-17");
    }

    @Test
    void aSecondTotalIsRefused() {
        assertCellsRefused("cells[1].category", cell("TOTAL", "", 42), cell("TOTAL", "", 40));
    }

    @Test
    void noTotalAtAllIsRefused() {
        assertCellsRefused("cells", cell("AGE", "0-17", 9));
    }

    @Test
    void ageCellsAddingUpToMoreThanTheTotalAreRefused() {
        var refusal = assertCellsRefused("cells", cell("TOTAL", "", 42), cell("AGE", "0-17", 20), cell("AGE", "18+", 23));

        assertThat(refusal.message()).contains("43").contains("42");
    }

    @Test
    void ageCellsTooLargeToAddUpInAnIntAreStillMoreThanTheTotal() {
        assertCellsRefused("cells", cell("TOTAL", "", 42), cell("AGE", "0-17", Integer.MAX_VALUE),
                cell("AGE", "18+", Integer.MAX_VALUE));
    }

    @Test
    void genderCellsTooLargeToAddUpInAnIntAreStillMoreThanTheTotal() {
        assertCellsRefused("cells", cell("TOTAL", "", 42),
                cell("GENDER", "FEMALE", Integer.MAX_VALUE), cell("GENDER", "MALE", Integer.MAX_VALUE));
    }

    @Test
    void platformCellsTooLargeToAddUpInAnIntStillCoverTheReportsNamingAPlatform() {
        var r = editor.create(ReturnSpec.aggregate(TestServer.freshYear()));

        var stored = editor.setCounts(r, array(cell("TOTAL", "", Integer.MAX_VALUE),
                cell("PLATFORM", "SNAPCHAT", Integer.MAX_VALUE), cell("PLATFORM", "WHATSAPP", Integer.MAX_VALUE)));

        assertThat(stored.getInt("total")).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void aPlatformCellAboveTheReportsNamingAPlatformIsRefused() {
        var refusal = assertCellsRefused("cells",
                cell("TOTAL", "", 42), cell("PLATFORM", "NONE", 12), cell("PLATFORM", "SNAPCHAT", 31));

        assertThat(refusal.message()).contains("SNAPCHAT").contains("30");
    }

    @Test
    void platformCellsAddingUpToFewerThanTheReportsNamingAPlatformAreRefused() {
        var refusal = assertCellsRefused("cells",
                cell("TOTAL", "", 42), cell("PLATFORM", "NONE", 12), cell("PLATFORM", "SNAPCHAT", 20),
                cell("PLATFORM", "WHATSAPP", 9));

        assertThat(refusal.message()).contains("29").contains("30");
    }

    @Test
    void platformCellsMayAddUpToMoreThanTheReportsNamingAPlatform() {
        var r = editor.create(ReturnSpec.aggregate(TestServer.freshYear()));

        var stored = editor.setCounts(r, array(cell("TOTAL", "", 42), cell("PLATFORM", "NONE", 12),
                cell("PLATFORM", "SNAPCHAT", 25), cell("PLATFORM", "WHATSAPP", 20)));

        assertThat(stored.getInt("total")).isEqualTo(42);
    }

    @Test
    void countsOnARecordsReturnAreRefused() {
        var r = editor.create(ReturnSpec.records(TestServer.freshYear()));

        assertRefused(editor.trySetCounts(r.getString("id"), r.getInt("version"), ReturnDesk.kentCells()), "returnId");
        assertThat(editor.reread(r).orElseThrow()).isEqualTo(r);
    }

    // --- reports (addReports) ---

    @Test
    void aVictimAgedThreeHundredIsRefused() {
        assertReportsRefused("reports[0].victimAge", report().add("victimAge", 300).add("outcome", "CHARGED").build());
    }

    @Test
    void aReportFromOutsideTheReturnsPeriodIsRefused() {
        assertReportsRefused("reports[0].reportedOn",
                report().add("reportedOn", "2024-02-01").add("outcome", "CAUTION").build());
    }

    @Test
    void anOutcomeContradictingTheHomeOfficeOutcomeTypeIsRefused() {
        var refusal = assertReportsRefused("reports[0].outcome",
                report().add("homeOfficeOutcome", 1).add("outcome", "NO_FURTHER_ACTION").build());

        assertThat(refusal.message()).contains("CHARGED");
    }

    @Test
    void homeOfficeOutcomeTypeTwentyThreeDoesNotExist() {
        assertReportsRefused("reports[0].homeOfficeOutcome", ReturnDesk.reportWithHomeOfficeOutcome(23));
    }

    @Test
    void aReportWithoutAnyOutcomeIsRefused() {
        assertReportsRefused("reports[0].outcome", report().add("victimAge", 30).build());
    }

    @Test
    void aBatchWithOneBadReportStoresNoneOfThem() {
        var good = ReturnDesk.reportWithHomeOfficeOutcome(16);

        assertReportsRefused("reports[3].victimAge", good, good, good,
                report().add("victimAge", -1).add("outcome", "UNKNOWN").build(), good);
    }

    @Test
    void reportsOnAnAggregateReturnAreRefused() {
        var r = editor.setCounts(editor.create(ReturnSpec.aggregate(TestServer.freshYear())), ReturnDesk.kentCells());

        assertRefused(editor.tryAddReports(r.getString("id"), array(ReturnDesk.reportWithHomeOfficeOutcome(1))), "returnId");
        assertThat(editor.reread(r).orElseThrow()).isEqualTo(r);
    }

    @Test
    void outcomesAgreeingWithTheirHomeOfficeTypesAreAccepted() {
        var r = editor.create(ReturnSpec.records(TestServer.freshYear()));

        int stored = editor.addReports(r, array(
                report().add("homeOfficeOutcome", 1).add("outcome", "CHARGED").build(),
                report().add("homeOfficeOutcome", 16).add("outcome", "NO_FURTHER_ACTION").build(),
                report().add("homeOfficeOutcome", 8).add("outcome", "COMMUNITY_RESOLUTION").build(),
                report().add("homeOfficeOutcome", 3).add("outcome", "CAUTION").build(),
                report().add("homeOfficeOutcome", 0).add("outcome", "UNDER_INVESTIGATION").build(),
                report().add("homeOfficeOutcome", 22).add("outcome", "OTHER").build()));

        assertThat(stored).isEqualTo(6);
    }

    // --- checks ---

    private static Refusal assertRefused(JsonObject answer, String field) {
        var refusal = Refusal.of(answer);
        assertThat(refusal.code()).as(refusal.message()).isEqualTo("VALIDATION");
        assertThat(refusal.field()).as(refusal.message()).isEqualTo(field);
        return refusal;
    }

    /** Sets Kent's cells, then tries {@code cells}: refused, naming {@code field}, the Kent cells stay. */
    private Refusal assertCellsRefused(String field, JsonObject... cells) {
        var r = editor.setCounts(editor.create(ReturnSpec.aggregate(TestServer.freshYear())), ReturnDesk.kentCells());

        var refusal = assertRefused(editor.trySetCounts(r.getString("id"), r.getInt("version"), array(cells)), field);

        var now = editor.reread(r).orElseThrow();
        assertThat(now.getInt("version")).isEqualTo(r.getInt("version"));
        assertThat(now.getInt("total")).isEqualTo(42);
        assertThat(now.getJsonArray("counts")).isEqualTo(r.getJsonArray("counts"));
        return refusal;
    }

    /** Stores one report, then tries {@code reports}: refused, naming {@code field}, none of them stored. */
    private Refusal assertReportsRefused(String field, JsonObject... reports) {
        var r = editor.create(ReturnSpec.records(TestServer.freshYear()));
        editor.addReports(r, array(ReturnDesk.reportWithHomeOfficeOutcome(1)));
        var before = editor.reread(r).orElseThrow();

        var refusal = assertRefused(editor.tryAddReports(r.getString("id"), array(reports)), field);

        var now = editor.reread(r).orElseThrow();
        assertThat(now.getInt("total")).isEqualTo(1);
        assertThat(now.getInt("version")).isEqualTo(before.getInt("version"));
        return refusal;
    }

    private static jakarta.json.JsonObjectBuilder report() {
        return Json.createObjectBuilder();
    }

    private static JsonArray array(JsonObject... items) {
        var array = Json.createArrayBuilder();
        for (var item : items) {
            array.add(item);
        }
        return array.build();
    }
}
