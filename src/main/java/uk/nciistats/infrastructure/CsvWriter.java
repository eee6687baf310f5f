package uk.nciistats.infrastructure;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The one CSV writer of the application. It writes RFC 4180: UTF-8, comma-separated, CRLF after
 * every row, a field quoted when it holds a comma, a semicolon, a double quote, a tab, a CR or an LF
 * (so that a spreadsheet that splits on semicolons or tabs, as many locales do, keeps it whole), its
 * double quotes doubled. An absent value is an empty field.
 *
 * <p>A file people open in a spreadsheet ({@link #CsvWriter(OutputStream)}: every export) also has
 * its formulas disarmed, as OWASP advises against CSV injection: an apostrophe goes before each
 * {@code = + - @} that a spreadsheet could take as the start of a cell: at the start of the field,
 * after a comma, semicolon, tab or line break inside it (a spreadsheet that ignores the quotes and
 * splits there starts a cell there), spaces and quotes in between included; a field starting with a
 * tab or a CR gets one too. A return's source and reference are typed by people. Numbers are written
 * as they are. The files the application writes for itself ({@link #exact}: the interchange files
 * the import wizard hands the import) keep every value exactly.
 */
public final class CsvWriter {
    private static final String QUOTED_WHEN_HELD = ",;\"\t\r\n";
    private static final String CELL_SEPARATORS = ",;\t\r\n";
    private static final String FORMULA_STARTS = "=+-@";

    private final Writer out;
    private final boolean disarmFormulas;

    /** A writer for a file people open in spreadsheets: formulas disarmed. */
    public CsvWriter(OutputStream out) {
        this(out, true);
    }

    private CsvWriter(OutputStream out, boolean disarmFormulas) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        this.disarmFormulas = disarmFormulas;
    }

    /** A writer for a file only this application reads: every value exactly as it is. */
    public static CsvWriter exact(OutputStream out) {
        return new CsvWriter(out, false);
    }

    public void row(List<?> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields.get(i)));
        }
        out.write("\r\n");
    }

    public void flush() throws IOException {
        out.flush();
    }

    private String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Double d ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : value.toString();
        if (disarmFormulas && !(value instanceof Number)) {
            text = disarmed(text);
        }
        return needsQuotes(text) ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static boolean needsQuotes(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (QUOTED_WHEN_HELD.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The text with an apostrophe before every formula start a spreadsheet could see as a cell's start. */
    static String disarmed(String text) {
        var out = new StringBuilder(text.length() + 2);
        boolean cellStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (i == 0 && (c == '\t' || c == '\r')) {
                out.append('\'');
            }
            if (cellStart && FORMULA_STARTS.indexOf(c) >= 0) {
                out.append('\'');
            }
            out.append(c);
            cellStart = CELL_SEPARATORS.indexOf(c) >= 0 || (cellStart && (c == ' ' || c == '"'));
        }
        return out.toString();
    }
}
