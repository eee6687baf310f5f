package uk.nciistats.export;

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
}
