package uk.nciistats.dataimport.interchange;

import org.junit.jupiter.api.Test;
import uk.nciistats.support.ImportClient;
import uk.nciistats.support.ImportClient.Part;
import uk.nciistats.support.Readback;
import uk.nciistats.support.TestServer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nciistats.support.InterchangeCsv.COUNTS_HEADER;
import static uk.nciistats.support.InterchangeCsv.KENT;
import static uk.nciistats.support.InterchangeCsv.MET;
import static uk.nciistats.support.InterchangeCsv.REPORTS_HEADER;
import static uk.nciistats.support.InterchangeCsv.RETURNS_HEADER;
import static uk.nciistats.support.InterchangeCsv.counts;
import static uk.nciistats.support.InterchangeCsv.file;
import static uk.nciistats.support.InterchangeCsv.reports;
import static uk.nciistats.support.InterchangeCsv.returnRow;
import static uk.nciistats.support.InterchangeCsv.returns;

/**
 * Malformed input of every kind is rejected with every problem named by file, line, column and
 * rule, and nothing of it is stored: no return, no report, no cell, no audit entry.
 */
class ImportRejectionIT {
    private final ImportClient editor = ImportClient.as("editor");
    private final Readback readback = Readback.ofTestServer();
    private final int year = TestServer.freshYear();
    private final String rec = TestServer.uniqueRef("REJ-REC");
    private final String agg = TestServer.uniqueRef("REJ-AGG");

    /** A good RECORDS return of Kent and a good AGGREGATE return of the Met for this test's year. */
    private String goodReturns() {
        return returns(returnRow(rec, KENT, year, "RECORDS"), returnRow(agg, MET, year, "AGGREGATE"));
    }

    private String goodCounts() {
        return counts(agg + ",TOTAL,,10", agg + ",AGE,0-17,4");
    }

    private ImportClient.Answer rejected(String returns, String reports, String counts) {
        var answer = editor.send(returns, reports, counts, null);
        assertThat(answer.status()).as("%s", answer.json()).isEqualTo(422);
        assertThat(answer.json().getBoolean("stored")).isFalse();
        assertNothingStored();
        return answer;
    }

    private void assertNothingStored() {
        assertThat(readback.returnsOf(year)).doesNotContainKeys(rec, agg);
        assertThat(readback.importsNaming(rec)).isEmpty();
        assertThat(readback.cohortTotal(year, KENT, MET)).isEqualTo("0..0");
    }

    // --- the header ---

    @Test
    void aHeaderWithoutAColumnIsRejected() {
        var answer = rejected(file(RETURNS_HEADER.replace(",source", ""), rec + "," + KENT + "," + year + "-01-01,"
                + year + "-12-31,RECORDS,"), reports(), goodCounts());

        assertThat(answer.problems()).containsExactly("returns.csv:1:source:wrong-header");
    }

    @Test
    void aHeaderWithAColumnTheFormatDoesNotHaveIsRejected() {
        var answer = rejected(goodReturns(), file(REPORTS_HEADER + ",victim_name", rec + ",,30,,,CAUTION,Jane"), goodCounts());

        assertThat(answer.problems()).containsExactly("reports.csv:1:victim_name:wrong-header");
        assertThat(answer.firstProblem().getString("message")).contains("victim_name").contains("return_ref, reported_on");
    }

    @Test
    void aHeaderThatNamesAColumnTwiceIsRejected() {
        var answer = rejected(goodReturns(), reports(), file(COUNTS_HEADER + ",count", agg + ",TOTAL,,10,10"));

        assertThat(answer.problems()).containsExactly("counts.csv:1:count:wrong-header");
    }

    // --- values ---

    @Test
    void aValueThatIsNotOneOfItsEnumIsRejected() {
        var answer = rejected(goodReturns(), reports(rec + ",,30,FEMALE,,CAUTION", rec + ",,30,F,,CAUTION",
                rec + ",,30,,FACEBOOK;TIKTOK,CAUTION", rec + ",,30,,,ARRESTED"), goodCounts());

        assertThat(answer.problems()).containsExactly("reports.csv:3:victim_gender:bad-enum",
                "reports.csv:4:platforms:bad-enum", "reports.csv:5:outcome:bad-enum");
        assertThat(answer.firstProblem().getString("message")).contains("'F' is not a gender")
                .contains("FEMALE, MALE, OTHER, UNKNOWN");
        assertThat(answer.json().getJsonArray("problems").getJsonObject(2).getString("message"))
                .startsWith("'ARRESTED' is not an outcome: one of");
    }

    @Test
    void aDateThatIsNotADayIsRejected() {
        var answer = rejected(goodReturns(), reports(rec + "," + year + "-02-30,30,,,CAUTION",
                rec + ",31/01/" + year + ",30,,,CAUTION"), goodCounts());

        assertThat(answer.problems()).containsExactly("reports.csv:2:reported_on:bad-date", "reports.csv:3:reported_on:bad-date");
        assertThat(answer.firstProblem().getString("message")).contains("YYYY-MM-DD");
    }

    @Test
    void anAgeOf300IsRejected() {
        var answer = rejected(goodReturns(), reports(rec + ",,300,,,CAUTION"), goodCounts());

        assertThat(answer.problems()).containsExactly("reports.csv:2:victim_age:age-range");
        assertThat(answer.firstProblem().getString("message")).contains("0 to 120").contains("300");
    }

    @Test
    void aReportOutsideItsReturnsPeriodIsRejected() {
        var answer = rejected(goodReturns(), reports(rec + "," + (year + 1) + "-01-01,30,,,CAUTION"), goodCounts());

        assertThat(answer.problems()).containsExactly("reports.csv:2:reported_on:outside-period");
    }

    @Test
    void aReportWithoutAnOutcomeIsRejected() {
        var answer = rejected(goodReturns(), reports(rec + ",,30,,,"), goodCounts());

        assertThat(answer.problems()).containsExactly("reports.csv:2:outcome:required");
    }

    // --- references ---

    @Test
    void aReportOfAnUnknownReturnRefIsRejected() {
        var answer = rejected(goodReturns(), reports(rec + ",,30,,,CAUTION", "NO-SUCH-REF-" + rec + ",,30,,,CAUTION"),
                goodCounts());

        assertThat(answer.problems()).containsExactly("reports.csv:3:return_ref:unknown-return-ref");
        assertThat(answer.firstProblem().getString("message")).contains("NO-SUCH-REF-" + rec);
    }

    @Test
    void aCellOfAnUnknownReturnRefIsRejected() {
        var answer = rejected(goodReturns(), reports(), counts(agg + ",TOTAL,,10", "NOPE-" + agg + ",TOTAL,,3"));

        assertThat(answer.problems()).containsExactly("counts.csv:3:return_ref:unknown-return-ref");
    }

    @Test
    void aReturnOfAnUnknownForceIsRejected() {
        var answer = rejected(returns(returnRow(rec, "E23000099", year, "RECORDS")), reports(rec + ",,30,,,CAUTION"), counts());

        assertThat(answer.problems()).containsExactly("returns.csv:2:force_code:unknown-force");
        assertThat(answer.firstProblem().getString("message")).contains("E23000099");
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRejected() {
        var answer = rejected(returns(rec + "," + KENT + "," + year + "-12-31," + year + "-01-01,RECORDS,FOI,"),
                reports(rec + ",,30,,,CAUTION"), counts());

        assertThat(answer.problems()).containsExactly("returns.csv:2:period_end:period-order");
    }

    @Test
    void aReturnRowWithEveryValueWrongReportsEveryOne() {
        var answer = rejected(returns(rec + ",E99,01/01/2031,someday,MONTHLY,,yesterday"), reports(), counts());

        assertThat(answer.problems()).containsExactlyInAnyOrder("returns.csv:2:force_code:unknown-force",
                "returns.csv:2:period_start:bad-date", "returns.csv:2:period_end:bad-date",
                "returns.csv:2:received_on:bad-date", "returns.csv:2:granularity:bad-enum", "returns.csv:2:source:required");
    }

    @Test
    void aReturnRefTwiceInTheFileIsRejected() {
        var answer = rejected(returns(returnRow(rec, KENT, year, "RECORDS"), returnRow(agg, MET, year, "AGGREGATE"),
                returnRow(rec, "E23000002", year, "RECORDS")), reports(), goodCounts());

        assertThat(answer.problems()).containsExactly("returns.csv:4:return_ref:duplicate-ref");
        assertThat(answer.firstProblem().getString("message")).contains("line 2");
    }

    @Test
    void twoReturnsOfOneForceWithOverlappingPeriodsAreRejected() {
        var answer = rejected(returns(returnRow(rec, KENT, year, "RECORDS"),
                agg + "," + KENT + "," + year + "-06-01," + year + "-06-30,RECORDS,FOI,"), reports(), counts());

        assertThat(answer.problems()).containsExactly("returns.csv:3:period_start:overlapping-period");
        assertThat(answer.firstProblem().getString("message")).contains(rec).contains("count twice");
    }

    @Test
    void aReturnOverlappingAStoredOneOfItsForceIsRejected() {
        var stored = TestServer.uniqueRef("REJ-STORED");
        assertThat(editor.send(returns(returnRow(stored, KENT, year, "RECORDS")), reports(), counts(), null).status())
                .isEqualTo(200);

        var answer = editor.send(returns(rec + "," + KENT + "," + year + "-03-01," + year + "-03-31,RECORDS,FOI,"),
                reports(), counts(), null);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.problems()).containsExactly("returns.csv:2:period_start:overlapping-period");
        assertThat(answer.firstProblem().getString("message")).contains(stored);
        assertThat(readback.returnsOf(year)).containsOnlyKeys(stored);
    }

    // --- granularity and cells ---

    @Test
    void aReportOfAnAggregateReturnIsRejected() {
        var answer = rejected(goodReturns(), reports(agg + ",,30,,,CAUTION"), goodCounts());

        assertThat(answer.problems()).containsExactly("reports.csv:2:return_ref:not-records");
        assertThat(answer.firstProblem().getString("message")).contains("AGGREGATE");
    }

    @Test
    void cellsOfARecordsReturnAreRejected() {
        var answer = rejected(goodReturns(), reports(), counts(agg + ",TOTAL,,10", rec + ",TOTAL,,3"));

        assertThat(answer.problems()).containsExactly("counts.csv:3:return_ref:not-aggregate");
    }

    @Test
    void cellsThatDoNotAddUpAreRejected() {
        var answer = rejected(goodReturns(), reports(), counts(agg + ",TOTAL,,10", agg + ",AGE,0-17,8",
                agg + ",AGE,10-19,3", agg + ",OUTCOME,CHARGED,11"));

        assertThat(answer.problems()).containsExactly("counts.csv:4:category:overlapping-bands");
        assertThat(answer.firstProblem().getString("message")).contains("line 3");

        var sums = rejected(goodReturns(), reports(), counts(agg + ",TOTAL,,10", agg + ",AGE,0-17,8",
                agg + ",AGE,18+,3", agg + ",PLATFORM,NONE,2", agg + ",PLATFORM,FACEBOOK,3"));

        assertThat(sums.problems()).containsExactlyInAnyOrder("counts.csv:2:count:sum-exceeds-total",
                "counts.csv:2:count:platforms-short");
    }

    @Test
    void anAggregateReturnWithoutCellsIsRejected() {
        var answer = rejected(goodReturns(), reports(), counts());

        assertThat(answer.problems()).containsExactly("returns.csv:3:granularity:missing-total");
    }

    // --- the files themselves ---

    @Test
    void aQuoteLeftOpenIsRejectedNamingTheLineItOpenedOn() {
        var answer = rejected(returns(rec + "," + KENT + "," + year + "-01-01," + year + "-06-30,RECORDS,\"FOI\nwith two lines\",",
                agg + "," + MET + "," + year + "-01-01," + year + "-12-31,AGGREGATE,\"FOI 2031, open,"), reports(), goodCounts());

        assertThat(answer.problems()).containsExactly("returns.csv:4:source:unclosed-quote");
        assertThat(answer.firstProblem().getString("message")).contains("line 4");
    }

    @Test
    void aRowWithTooFewFieldsIsRejected() {
        var answer = rejected(goodReturns(), reports(rec + ",,30,,CAUTION"), goodCounts());

        assertThat(answer.problems()).containsExactly("reports.csv:2::wrong-field-count");
    }

    @Test
    void aBinaryFileIsRejectedAsNotText() {
        var zip = new byte[]{'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 'x', 'l', '/'};
        var answer = editor.send(List.of(Part.of("returns", goodReturns()), new Part("reports", zip),
                Part.of("counts", goodCounts())), null);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.problems()).containsExactly("reports.csv:1::not-text");
        assertThat(answer.firstProblem().getString("message")).contains("not a UTF-8 text CSV");
        assertNothingStored();
    }

    @Test
    void aFileThatIsNotUtf8IsRejectedAsNotText() {
        var latin1 = (REPORTS_HEADER + "\r\n" + rec + ",,30,,,CAUTION\r\n" + rec + ",,31,,,CAUTION \u00e9\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        var answer = editor.send(List.of(Part.of("returns", goodReturns()), new Part("reports", latin1),
                Part.of("counts", goodCounts())), null);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.problems()).containsExactly("reports.csv:3::not-text");
        assertNothingStored();
    }

    @Test
    void anEmptyFileIsRejected() {
        var answer = rejected(goodReturns(), "", goodCounts());

        assertThat(answer.problems()).containsExactly("reports.csv:0::empty-file");
    }

    @Test
    void anUploadWithoutOneOfTheThreePartsIsRejected() {
        var answer = editor.send(goodReturns(), reports(rec + ",,30,,,CAUTION"), null, null);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.problems()).containsExactly("counts.csv:0::missing-part");
        assertNothingStored();
    }

    @Test
    void aTwoGigabyteUploadIsRefusedNamingTheSizeLimit() {
        var answer = editor.sendGenerated(2L << 30, null);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.json().getBoolean("stored")).isFalse();
        assertThat(answer.problems()).containsExactly(":0::too-large");
        assertThat(answer.firstProblem().getString("message")).contains("ncii.import.maxBytes").contains("bytes");
    }

    // --- all of them, and nothing half-stored ---

    @Test
    void everyProblemInEveryFileIsReportedNotOnlyTheFirst() {
        var answer = rejected(returns(returnRow(rec, KENT, year, "RECORDS"), returnRow(agg, "W15000099", year, "AGGREGATE")),
                reports(rec + ",,30,,,CAUTION", rec + ",,-1,,,CAUTION", rec + ",," + "30,HE,,CAUTION"),
                counts(agg + ",TOTAL,,ten"));

        assertThat(answer.problems()).containsExactly("returns.csv:3:force_code:unknown-force",
                "reports.csv:3:victim_age:age-range", "reports.csv:4:victim_gender:bad-enum", "counts.csv:2:count:bad-count");
        assertThat(answer.json().getInt("problemCount")).isEqualTo(4);
    }

    @Test
    void aProblemFoundAfterThousandsOfReportsWereWrittenTakesThemAllBack() {
        var rows = IntStream.range(0, 12_000).mapToObj(i -> rec + ",," + (i % 90) + ",FEMALE,FACEBOOK,CHARGED")
                .toArray(String[]::new);

        var answer = rejected(goodReturns(), reports(rows), counts(agg + ",TOTAL,,10", agg + ",AGE,0-17,11"));

        assertThat(answer.json().getInt("reports")).isEqualTo(12_000);
        assertThat(answer.problems()).containsExactly("counts.csv:2:count:sum-exceeds-total");
    }

    @Test
    void aRejectedImportAddsNothingToAStoredReturn() {
        var stored = TestServer.uniqueRef("REJ-KEEP");
        editor.send(returns(returnRow(stored, KENT, year, "RECORDS")), reports(stored + ",,30,,,CAUTION"), counts(), null);
        var before = readback.returnsOf(year).get(stored);
        var rows = IntStream.range(0, 6_000).mapToObj(i -> stored + ",,30,,,CAUTION").toArray(String[]::new);
        var withABadOne = java.util.stream.Stream.concat(java.util.Arrays.stream(rows), java.util.stream.Stream.of(stored + ",,30,,,NOPE"))
                .toArray(String[]::new);

        var answer = editor.send(returns(), reports(withABadOne), counts(), null);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.problems()).containsExactly("reports.csv:6002:outcome:bad-enum");
        assertThat(readback.returnsOf(year).get(stored)).isEqualTo(before);
        assertThat(readback.cohortTotal(year, KENT)).isEqualTo("1..1");
        assertThat(readback.historyOf(before.getString("id"))).as("only the import that created it")
                .extracting(e -> e.getString("action")).containsExactly("CREATE");
    }
}
