package uk.nciistats.infrastructure;

import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 *
 * <p>FastCSV writes the CSV (the quoting RFC 4180 requires, doubled quotes, CRLF); its quote strategy
 * adds the quotes for semicolons and tabs. FastCSV quotes a first field that starts with its comment
 * character, which this application never writes: that character is set to NUL, which no exported
 * value holds (the import refuses it as not text), so {@code #} stays unquoted as before.
 */
public final class CsvWriter {
    private static final String CELL_SEPARATORS = ",;\t\r\n";
    private static final String FORMULA_STARTS = "=+-@";
    /** Quoted although RFC 4180 does not require it: a spreadsheet may split on these. */
    private static final QuoteStrategy SEMICOLONS_AND_TABS = new QuoteStrategy() {
        @Override
        public boolean quoteValue(int lineNo, int fieldIdx, String value) {
            return value.indexOf(';') >= 0 || value.indexOf('\t') >= 0;
        }
    };

    private final de.siegmar.fastcsv.writer.CsvWriter csv;
    private final boolean disarmFormulas;

    /** A writer for a file people open in spreadsheets: formulas disarmed. */
    public CsvWriter(OutputStream out) {
        this(out, true);
    }

    private CsvWriter(OutputStream out, boolean disarmFormulas) {
        this.csv = de.siegmar.fastcsv.writer.CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).bufferSize(1 << 16)
                .commentCharacter('\0').quoteStrategy(SEMICOLONS_AND_TABS).build(out, StandardCharsets.UTF_8);
        this.disarmFormulas = disarmFormulas;
    }

    /** A writer for a file only this application reads: every value exactly as it is. */
    public static CsvWriter exact(OutputStream out) {
        return new CsvWriter(out, false);
    }

    public void row(List<?> fields) throws IOException {
        var texts = new ArrayList<String>(fields.size());
        for (var value : fields) {
            texts.add(field(value));
        }
        try {
            csv.writeRecord(texts);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    public void flush() throws IOException {
        csv.flush();
    }

    private String field(Object value) {
        if (value == null) {
            return null;
        }
        String text = value instanceof Double d ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : value.toString();
        return disarmFormulas && !(value instanceof Number) ? disarmed(text) : text;
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
