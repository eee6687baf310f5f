package uk.nciistats.export;

import org.junit.jupiter.api.Test;
import uk.nciistats.support.HttpGet;
import uk.nciistats.support.ReturnDesk;
import uk.nciistats.support.ReturnSpec;
import uk.nciistats.support.TestServer;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * returns.csv as a spreadsheet opens it: a source typed by a person cannot become a formula,
 * whether the spreadsheet splits on commas, on semicolons (as many European locales do) or on
 * line breaks.
 */
class ReturnsCsvIT {
    private final ReturnDesk editor = ReturnDesk.as("editor");

    @Test
    void aSourceHoldingASemicolonThenAFormulaIsQuotedAndItsFormulaWrittenAsText() {
        int year = TestServer.freshYear();
        var spec = ReturnSpec.records(year);
        editor.create(spec.withSource("x;=1+1"));

        var body = returnsCsvOf(year);

        assertThat(body).contains(",\"x;'=1+1\",").doesNotContain(",x;=1+1,");
        assertThat(cellsSplitOn(";", body)).as("the cells of a spreadsheet that splits on semicolons")
                .noneMatch(ReturnsCsvIT::startsAFormula);
        assertThat(HttpGet.csv(body).get(1)).contains("x;'=1+1");
    }

    @Test
    void aSourceHoldingALineBreakThenAFormulaIsQuotedAndItsFormulaWrittenAsText() {
        int year = TestServer.freshYear();
        editor.create(ReturnSpec.records(year).withSource("FOI 2016/0412\n=cmd|' /C calc'!A0"));

        var body = returnsCsvOf(year);

        assertThat(body).contains(",\"FOI 2016/0412\n'=cmd|' /C calc'!A0\",");
        assertThat(cellsSplitOn("\n", body)).noneMatch(ReturnsCsvIT::startsAFormula);
        assertThat(HttpGet.csv(body).get(1)).contains("FOI 2016/0412\n'=cmd|' /C calc'!A0");
    }

    @Test
    void aSourceStartingWithAFormulaKeepsItsLeadingApostrophe() {
        int year = TestServer.freshYear();
        editor.create(ReturnSpec.records(year).withSource("@SUM(A1:A9)"));

        assertThat(HttpGet.csv(returnsCsvOf(year)).get(1)).contains("'@SUM(A1:A9)");
    }

    private static String returnsCsvOf(int year) {
        var response = HttpGet.as("analyst").get("/api/export/returns.csv?forces=" + ReturnSpec.KENT + "&from="
                + LocalDate.of(year, 1, 1) + "&to=" + LocalDate.of(year, 12, 31));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(HttpGet.csv(response.body())).as("the header and this year's one return").hasSize(2);
        return response.body();
    }

    /** The cells a spreadsheet would see if it split the file on this separator and on CRLF, quotes ignored. */
    private static List<String> cellsSplitOn(String separator, String body) {
        return Arrays.stream(body.split("\r\n")).flatMap(line -> Arrays.stream(line.split(separator))).toList();
    }

    private static boolean startsAFormula(String cell) {
        return !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0;
    }
}
