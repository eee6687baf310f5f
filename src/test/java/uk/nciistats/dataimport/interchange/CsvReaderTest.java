package uk.nciistats.dataimport.interchange;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvReaderTest {

    /** Each record as "line: field@line|field@line". */
    private static List<String> records(byte[] bytes) throws Exception {
        var out = new ArrayList<String>();
        try (var csv = new CsvReader(new ByteArrayInputStream(bytes))) {
            while (csv.next()) {
                var row = new StringBuilder(csv.line() + ":");
                for (int i = 0; i < csv.size(); i++) {
                    row.append(i == 0 ? " " : "|").append(csv.field(i)).append('@').append(csv.fieldLine(i));
                    if (csv.badQuote(i)) {
                        row.append("!");
                    }
                }
                out.add(row.toString());
            }
        }
        return out;
    }

    private static List<String> records(String text) throws Exception {
        return records(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void recordsAndFieldsKnowTheLineTheyStartOnAcrossQuotedLineBreaks() throws Exception {
        assertThat(records("a,b\r\n\"two\nlines\",x\r\n\"q \"\"uoted\"\"\",\r\nlast,row"))
                .containsExactly("1: a@1|b@1", "2: two\nlines@2|x@3", "4: q \"uoted\"@4|@4", "5: last@5|row@5");
    }

    @Test
    void blankLinesAreSkippedAndLinesStillCounted() throws Exception {
        assertThat(records("h\n\n\nv\n")).containsExactly("1: h@1", "4: v@4");
    }

    @Test
    void aByteOrderMarkIsSkipped() throws Exception {
        assertThat(records("\uFEFFreturn_ref,x\n")).containsExactly("1: return_ref@1|x@1");
    }

    @Test
    void crAloneEndsALineToo() throws Exception {
        assertThat(records("a\rb\r")).containsExactly("1: a@1", "2: b@2");
    }

    @Test
    void aQuoteInsideAnUnquotedFieldOrTextAfterAClosingQuoteMarksTheField() throws Exception {
        assertThat(records("ab\"c,\"d\"e,f\n")).containsExactly("1: ab\"c@1!|d@1!|f@1");
    }

    @Test
    void aQuoteLeftOpenStopsTheFileNamingTheLineItOpenedOn() {
        assertThatThrownBy(() -> records("a,b\nc,\"open\nmore\nlines\n"))
                .isInstanceOfSatisfying(CsvReader.Unreadable.class, e -> {
                    assertThat(e.rule).isEqualTo("unclosed-quote");
                    assertThat(e.line).isEqualTo(2);
                    assertThat(e.field).isEqualTo(1);
                });
    }

    @Test
    void aQuotedFieldThatRunsOnForeverIsAQuoteLeftOpen() {
        var text = "a\n\"" + "x,".repeat(CsvReader.MAX_FIELD) + "\n";
        assertThatThrownBy(() -> records(text))
                .isInstanceOfSatisfying(CsvReader.Unreadable.class, e -> {
                    assertThat(e.rule).isEqualTo("unclosed-quote");
                    assertThat(e.line).isEqualTo(2);
                });
    }

    @Test
    void aNulByteIsNotText() {
        assertThatThrownBy(() -> records(new byte[]{'a', '\n', 'b', 0, 'c'}))
                .isInstanceOfSatisfying(CsvReader.Unreadable.class, e -> {
                    assertThat(e.rule).isEqualTo("not-text");
                    assertThat(e.line).isEqualTo(2);
                    assertThat(e.getMessage()).contains("not a UTF-8 text CSV");
                });
    }

    @Test
    void bytesThatAreNotUtf8AreNotText() {
        assertThatThrownBy(() -> records(new byte[]{'a', ',', (byte) 0xC3, (byte) 0x28, '\n'}))
                .isInstanceOfSatisfying(CsvReader.Unreadable.class, e -> assertThat(e.rule).isEqualTo("not-text"));
    }

    @Test
    void bytesThatAreNotUtf8AreReportedOnTheLineTheyAreOn() {
        var text = "a\n".repeat(40_000).getBytes(StandardCharsets.UTF_8);
        var bytes = java.util.Arrays.copyOf(text, text.length + 2);
        bytes[text.length] = (byte) 0xE9;
        bytes[text.length + 1] = '\n';
        assertThatThrownBy(() -> records(bytes))
                .isInstanceOfSatisfying(CsvReader.Unreadable.class, e -> assertThat(e.line).isEqualTo(40_001));
    }

    @Test
    void fieldsLongerThanABufferAreReadWhole() throws Exception {
        var longField = "y".repeat(CsvReader.MAX_FIELD - 1);
        var text = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            text.append(i).append(',').append(longField).append('\n');
        }
        var rows = records(text.toString());
        assertThat(rows).hasSize(20);
        assertThat(rows.get(19)).isEqualTo("20: 19@20|" + longField + "@20");
    }

    @Test
    void anUnquotedFieldLongerThanTheLimitStopsTheFile() {
        assertThatThrownBy(() -> records("a,".repeat(1) + "z".repeat(CsvReader.MAX_FIELD + 1)))
                .isInstanceOfSatisfying(CsvReader.Unreadable.class, e -> assertThat(e.rule).isEqualTo("field-too-long"));
    }

    @Test
    void textAfterAClosingQuoteMarksItsOwnFieldFarIntoAFileAndAfterQuotedLineBreaks() throws Exception {
        var text = new StringBuilder("a,b,c\n");
        for (int i = 0; i < 30_000; i++) {
            text.append("x,y,z\n");
        }
        text.append("\"two\r\nlines\",\"q\" trailing,z\n").append("\"\"\n").append("last,\"ok\",row\n");

        var rows = records(text.toString());

        assertThat(rows).hasSize(30_004);
        assertThat(rows.subList(30_001, 30_004)).containsExactly(
                "30002: two\r\nlines@30002|q@30003!|z@30003", "30004: @30004", "30005: last@30005|ok@30005|row@30005");
    }

    @Test
    void aFieldWhoseTextAfterItsClosingQuoteRunsOnStopsTheFile() {
        assertThatThrownBy(() -> records("a,\"b\"" + "c".repeat(CsvReader.MAX_FIELD + 1) + "\n"))
                .isInstanceOfSatisfying(CsvReader.Unreadable.class, e -> {
                    assertThat(e.rule).isEqualTo("field-too-long");
                    assertThat(e.field).isEqualTo(1);
                });
    }

    @Test
    void aLineWithMoreThanAHundredFieldsStopsTheFileOnThatLine() {
        assertThatThrownBy(() -> records("a\n\n" + ",".repeat(CsvReader.MAX_FIELDS) + "\n"))
                .isInstanceOfSatisfying(CsvReader.Unreadable.class, e -> {
                    assertThat(e.rule).isEqualTo("too-many-fields");
                    assertThat(e.line).isEqualTo(3);
                });
    }

    @Test
    void theRecordsBeforeAFaultAreAllReadFirst() throws Exception {
        var text = "h\n" + "v\n".repeat(50_000) + "bad\0";
        var read = new ArrayList<Long>();
        assertThatThrownBy(() -> {
            try (var csv = new CsvReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
                while (csv.next()) {
                    read.add(csv.line());
                }
            }
        }).isInstanceOfSatisfying(CsvReader.Unreadable.class, e -> assertThat(e.line).isEqualTo(50_002));
        assertThat(read).hasSize(50_001);
    }
}
