package uk.nciistats.infrastructure;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvWriterTest {

    private static String written(List<?>... rows) throws Exception {
        var out = new ByteArrayOutputStream();
        var csv = new CsvWriter(out);
        for (var row : rows) {
            csv.row(row);
        }
        csv.flush();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String writtenExactly(List<?> row) throws Exception {
        var out = new ByteArrayOutputStream();
        var csv = CsvWriter.exact(out);
        csv.row(row);
        csv.flush();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void rowsEndWithCrLfAndAbsentValuesAreEmptyFields() throws Exception {
        assertThat(written(List.of("a", "b"), Arrays.asList(1L, null, LocalDate.of(2016, 1, 2), true)))
                .isEqualTo("a,b\r\n1,,2016-01-02,true\r\n");
    }

    @Test
    void aFieldWithACommaAQuoteOrALineBreakIsQuotedWithItsQuotesDoubled() throws Exception {
        assertThat(written(List.of("FOI 2016/0412, part 2", "the \"Met\"", "two\nlines", "cr\rhere", "plain")))
                .isEqualTo("\"FOI 2016/0412, part 2\",\"the \"\"Met\"\"\",\"two\nlines\",\"cr\rhere\",plain\r\n");
    }

    @Test
    void aFieldWithASemicolonOrATabIsQuotedSoThatASpreadsheetSplittingOnThemKeepsItWhole() throws Exception {
        assertThat(written(List.of("FACEBOOK;SNAPCHAT", "tab\there")))
                .isEqualTo("\"FACEBOOK;SNAPCHAT\",\"tab\there\"\r\n");
    }

    @Test
    void textIsUtf8AndFractionsAreNeverInScientificNotation() throws Exception {
        var text = written(List.of("Ynys Môn", 0.00001, 0.25));

        assertThat(text).isEqualTo("Ynys Môn,0.00001,0.25\r\n");
        assertThat(text.getBytes(StandardCharsets.UTF_8)).hasSize(text.length() + 1);
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText() throws Exception {
        assertThat(written(List.of("=HYPERLINK(\"x\")", "+44", "@SUM(A1)", "-1", "25+", -3L)))
                .isEqualTo("\"'=HYPERLINK(\"\"x\"\")\",'+44,'@SUM(A1),'-1,25+,-3\r\n");
    }

    @Test
    void aLeadingTabOrCarriageReturnIsWrittenAsText() throws Exception {
        assertThat(written(List.of("\tx", "\rx"))).isEqualTo("\"'\tx\",\"'\rx\"\r\n");
    }

    @Test
    void aFormulaAfterASemicolonIsWrittenAsTextSoThatASpreadsheetSplittingOnSemicolonsCannotRunIt() throws Exception {
        var line = written(List.of("x;=1+1"));

        assertThat(line).isEqualTo("\"x;'=1+1\"\r\n");
        assertThat(cellsSplitOn(';', line)).noneMatch(CsvWriterTest::startsAFormula);
    }

    @Test
    void aFormulaAfterALineBreakACommaOrATabInsideAFieldIsWrittenAsText() throws Exception {
        assertThat(written(List.of("a\n=cmd", "a\r\n@SUM(A1)", "a,+44", "a\t-1")))
                .isEqualTo("\"a\n'=cmd\",\"a\r\n'@SUM(A1)\",\"a,'+44\",\"a\t'-1\"\r\n");
    }

    @Test
    void spacesAndQuotesBetweenASeparatorAndAFormulaDoNotHideIt() throws Exception {
        var line = written(List.of("x; =1+1", "x;\"=1+1", " =1+1"));

        assertThat(line).isEqualTo("\"x; '=1+1\",\"x;\"\"'=1+1\", '=1+1\r\n");
        for (char separator : ";,\t".toCharArray()) {
            assertThat(cellsSplitOn(separator, line)).as("split on %s", separator)
                    .noneMatch(cell -> startsAFormula(cell.replaceAll("^[\\s\"]+", "")));
        }
    }

    @Test
    void aFormulaCharacterInsideAWordIsLeftAsItIs() throws Exception {
        assertThat(written(List.of("2016-01", "a=b; c", "x;y"))).isEqualTo("2016-01,\"a=b; c\",\"x;y\"\r\n");
    }

    @Test
    void theExactWriterQuotesTheSameWayButChangesNoValue() throws Exception {
        assertThat(writtenExactly(List.of("x;=1+1", "-1", "=cmd", "a\n=cmd", "the \"Met\"", "plain")))
                .isEqualTo("\"x;=1+1\",-1,=cmd,\"a\n=cmd\",\"the \"\"Met\"\"\",plain\r\n");
    }

    @Test
    void aFirstFieldStartingWithAHashIsWrittenAsItIs() throws Exception {
        assertThat(written(List.of("#12", "x"), List.of("a", "#b"))).isEqualTo("#12,x\r\na,#b\r\n");
    }

    /** The cells a spreadsheet would see if it split the line on this character, ignoring quotes. */
    private static List<String> cellsSplitOn(char separator, String line) {
        return Arrays.asList(line.split("[" + separator + "\r\n]"));
    }

    private static boolean startsAFormula(String cell) {
        return !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0;
    }
}
