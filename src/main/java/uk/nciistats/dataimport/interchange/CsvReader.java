package uk.nciistats.dataimport.interchange;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;

/**
 * Reads an interchange CSV file record by record as it streams, knowing the line every record and
 * every field starts on (a quoted field may span lines). The CSV itself (RFC 4180 quoting; CRLF, LF
 * and CR all end a line) is read by FastCSV, chosen over Apache Commons CSV and Jackson CSV because it
 * alone tells for each field whether it was quoted (so a quote inside an unquoted field is found) and
 * on which line each record starts, and its writer takes a quote strategy ({@code CsvWriter}). What
 * no CSV library does is added on either side of it: strict UTF-8 with the line of a bad byte
 * ({@link Utf8Text}); text after a closing quote, fields over {@link #MAX_FIELD} characters and a
 * quote still open at the end of the file ({@link QuoteGuard}: FastCSV 4 reads an open quote to the
 * end without a word, and fails or glues on text after a closing quote); and here, the line of each
 * field and the limit of {@link #MAX_FIELDS} fields. Blank lines are skipped.
 * <p>A quote inside an unquoted field, or text after a closing quote, marks the field (see
 * {@link #badQuote}); a quote left open, or a field longer than {@link #MAX_FIELD} characters, stops
 * the file. The current record is held here and replaced by {@link #next()}: nothing of the file is
 * kept beyond one record.
 */
final class CsvReader implements Closeable {
    /** No field of the interchange format comes near this; longer means a broken file. */
    static final int MAX_FIELD = 10_000;
    /** The widest interchange file has 7 columns. */
    static final int MAX_FIELDS = 100;

    /** Why the rest of a file cannot be read: where, which rule, and what to tell the sender. */
    static final class Unreadable extends IOException {
        final long line;
        /** The index of the field at fault in its record, or -1. */
        final int field;
        final String rule;

        Unreadable(long line, int field, String rule, String message) {
            super(message, null);
            this.line = line;
            this.field = field;
            this.rule = rule;
        }
    }

    private final QuoteGuard guard;
    private final de.siegmar.fastcsv.reader.CsvReader<Record> csv;
    private final Iterator<Record> records;
    private Record current;

    /** One record: its fields, the line each starts on, and which are misquoted. */
    private static final class Record {
        long line;
        int size;
        boolean firstQuoted;
        String[] fields = new String[16];
        long[] lines = new long[16];
        boolean[] badQuotes = new boolean[16];

        void add(String value, boolean quoted) {
            if (size == MAX_FIELDS) {
                throw new TooManyFields(line);
            }
            if (size == fields.length) {
                fields = Arrays.copyOf(fields, size * 2);
                lines = Arrays.copyOf(lines, size * 2);
                badQuotes = Arrays.copyOf(badQuotes, size * 2);
            }
            lines[size] = size == 0 ? line : lines[size - 1] + lineBreaks(fields[size - 1]);
            fields[size] = value;
            badQuotes[size] = !quoted && value.indexOf('"') >= 0;
            size++;
        }

        /** A blank line: one empty field, unquoted (a line holding only {@code ""} is a record). */
        boolean blank() {
            return size == 0 || size == 1 && fields[0].isEmpty() && !firstQuoted;
        }
    }

    /** Thrown from inside FastCSV (which wraps it) when a record has more fields than allowed. */
    private static final class TooManyFields extends RuntimeException {
        final long line;

        TooManyFields(long line) {
            super(null, null, false, false);
            this.line = line;
        }
    }

    /** Builds each record FastCSV reads into one {@link Record}, reused. */
    private static final class Records extends AbstractBaseCsvCallbackHandler<Record> {
        private final Record record = new Record();

        @Override
        protected void handleBegin(long startingLineNumber) {
            record.line = startingLineNumber;
            record.size = 0;
        }

        @Override
        protected void handleField(int index, char[] buf, int offset, int len, boolean quoted) {
            record.firstQuoted = index == 0 ? quoted : record.firstQuoted;
            record.add(new String(buf, offset, len), quoted);
        }

        @Override
        protected Record buildRecord() {
            return record;
        }
    }

    CsvReader(InputStream in) {
        this.guard = new QuoteGuard(new Utf8Text(in));
        this.csv = de.siegmar.fastcsv.reader.CsvReader.builder()
                .skipEmptyLines(false)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .allowExtraCharsAfterClosingQuote(false)
                .build(new Records(), guard);
        this.records = csv.iterator();
    }

    /** Moves to the next record; false at the end of the file. */
    boolean next() throws IOException {
        try {
            while (records.hasNext()) {
                current = records.next();
                if (!current.blank()) {
                    markMisquoted();
                    return true;
                }
            }
            current = null;
            return false;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (CsvParseException e) {
            if (e.getCause() instanceof TooManyFields many) {
                throw new Unreadable(many.line, -1, "too-many-fields", "line " + many.line + " has more than "
                        + MAX_FIELDS + " fields: this is not an interchange CSV file");
            }
            // QuoteGuard stops the file before FastCSV could refuse it: this is a fault of this reader
            throw new IllegalStateException("FastCSV refused what QuoteGuard let through", e);
        }
    }

    private void markMisquoted() {
        var misquoted = guard.misquoted();
        while (!misquoted.isEmpty() && misquoted.peek().recordLine() <= current.line) {
            var field = misquoted.poll();
            if (field.recordLine() == current.line && field.field() < current.size) {
                current.badQuotes[field.field()] = true;
            }
        }
    }

    /** How many fields the current record has. */
    int size() {
        return current.size;
    }

    String field(int i) {
        return current.fields[i];
    }

    /** The line the field starts on. */
    long fieldLine(int i) {
        return current.lines[i];
    }

    /** The line the current record starts on. */
    long line() {
        return current.line;
    }

    /** Whether the field had a quote where RFC 4180 allows none (its text is taken as written). */
    boolean badQuote(int i) {
        return current.badQuotes[i];
    }

    /** Line breaks in a value: CRLF, LF and CR each count one. */
    private static int lineBreaks(String value) {
        int breaks = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n')) {
                breaks++;
            }
        }
        return breaks;
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
