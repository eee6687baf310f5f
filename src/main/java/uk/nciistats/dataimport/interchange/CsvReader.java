package uk.nciistats.dataimport.interchange;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads an RFC 4180 CSV file record by record as it streams, knowing the line every record and
 * every field starts on (a quoted field may span lines). Strict where it matters for an import:
 * the bytes must be UTF-8 text (a NUL byte or an invalid sequence stops the file as "not text"); a
 * UTF-8 byte order mark is skipped; CRLF, LF and CR all end a line; blank lines are skipped. A quote
 * inside an unquoted field, or text after a closing quote, marks the field (see {@link #badQuote});
 * a quote left open, or a field longer than {@link #MAX_FIELD} characters, stops the file.
 * <p>The current record is held in this reader and replaced by {@link #next()}: nothing of the file
 * is kept beyond one record.
 */
final class CsvReader implements Closeable {
    /** No field of the interchange format comes near this; longer means a broken file. */
    static final int MAX_FIELD = 10_000;
    /** The widest interchange file has 7 columns. */
    static final int MAX_FIELDS = 100;

    /** Why the rest of a file cannot be read: where, which rule, and what to tell the sender. */
    static final class Unreadable extends Exception {
        final long line;
        /** The index of the field at fault in its record, or -1. */
        final int field;
        final String rule;

        Unreadable(long line, int field, String rule, String message) {
            super(message, null, false, false);
            this.line = line;
            this.field = field;
            this.rule = rule;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private boolean bytesEnded;
    private boolean decoded;
    /** The bytes after the characters decoded so far are not UTF-8. */
    private boolean undecodable;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private long line = 1;
    private final StringBuilder text = new StringBuilder();

    private String[] fields = new String[16];
    private long[] fieldLines = new long[16];
    private boolean[] badQuotes = new boolean[16];
    private boolean anyBadQuote;
    private boolean firstQuoted;
    private int size;
    private long recordLine;

    CsvReader(InputStream in) throws IOException, Unreadable {
        this.in = in;
        if (fill() && buf[0] == '\uFEFF') {
            pos = 1;
        }
    }

    /** Moves to the next record; false at the end of the file. */
    boolean next() throws IOException, Unreadable {
        while (true) {
            size = 0;
            anyBadQuote = false;
            firstQuoted = false;
            if (!fill()) {
                return false;
            }
            recordLine = line;
            readRecord();
            boolean blank = size == 1 && fields[0].isEmpty() && !firstQuoted;
            if (!blank) {
                return true;
            }
        }
    }

    /** How many fields the current record has. */
    int size() {
        return size;
    }

    String field(int i) {
        return fields[i];
    }

    /** The line the field starts on. */
    long fieldLine(int i) {
        return fieldLines[i];
    }

    /** The line the current record starts on. */
    long line() {
        return recordLine;
    }

    /** Whether the field had a quote where RFC 4180 allows none (its text is taken as written). */
    boolean badQuote(int i) {
        return anyBadQuote && badQuotes[i];
    }

    private void readRecord() throws IOException, Unreadable {
        while (true) {
            long fieldLine = line;
            if (size == MAX_FIELDS) {
                throw new Unreadable(recordLine, -1, "too-many-fields",
                        "line " + recordLine + " has more than " + MAX_FIELDS + " fields: this is not an interchange CSV file");
            }
            String value;
            if (peek() == '"') {
                pos++;
                if (size == 0) {
                    firstQuoted = true;
                }
                value = readQuoted(fieldLine);
            } else {
                value = readUnquoted();
            }
            add(value, fieldLine);
            if (endOfField()) {
                return;
            }
        }
    }

    /** Consumes what ends a field; true when it also ends the record. */
    private boolean endOfField() throws IOException, Unreadable {
        int c = peek();
        if (c != ',' && c != '\n' && c != '\r' && c != -1) {
            markBadQuote(size - 1);
            c = skipToDelimiter();
        }
        if (c == ',') {
            pos++;
            return false;
        }
        if (c == '\r') {
            pos++;
            if (peek() == '\n') {
                pos++;
            }
            line++;
        } else if (c == '\n') {
            pos++;
            line++;
        }
        return true;
    }

    private String readUnquoted() throws IOException, Unreadable {
        text.setLength(0);
        while (pos < len || fill()) {
            final char[] b = buf;
            final int start = pos;
            final int end = len;
            int i = start;
            while (i < end) {
                char ch = b[i];
                if (ch == ',' || ch == '\n' || ch == '\r') {
                    break;
                }
                if (ch == '"') {
                    markBadQuote(size);
                } else if (ch == 0) {
                    throw notText();
                }
                i++;
            }
            pos = i;
            if (i < end && text.length() == 0) {
                return new String(b, start, i - start);
            }
            text.append(b, start, i - start);
            if (text.length() > MAX_FIELD) {
                throw new Unreadable(recordLine, size, "field-too-long", "a field on line " + recordLine
                        + " is longer than " + MAX_FIELD + " characters: this is not an interchange CSV file");
            }
            if (i < end) {
                break;
            }
        }
        return text.toString();
    }

    private String readQuoted(long openedOn) throws IOException, Unreadable {
        text.setLength(0);
        while (true) {
            if (pos >= len && !fill()) {
                throw unclosed(openedOn, "the file ends inside it");
            }
            char ch = buf[pos++];
            if (ch == '"') {
                if (peek() == '"') {
                    pos++;
                    text.append('"');
                    continue;
                }
                return text.toString();
            }
            if (ch == '\n') {
                line++;
            } else if (ch == '\r') {
                if (peek() != '\n') {
                    line++;
                }
            } else if (ch == 0) {
                throw notText();
            }
            text.append(ch);
            if (text.length() > MAX_FIELD) {
                throw unclosed(openedOn, "it runs on for more than " + MAX_FIELD + " characters");
            }
        }
    }

    /** Skips text after a closing quote up to the next delimiter; answers that delimiter (or -1). */
    private int skipToDelimiter() throws IOException, Unreadable {
        int skipped = 0;
        while (true) {
            int c = peek();
            if (c == ',' || c == '\n' || c == '\r' || c == -1) {
                return c;
            }
            if (c == 0) {
                throw notText();
            }
            if (++skipped > MAX_FIELD) {
                throw new Unreadable(recordLine, size - 1, "field-too-long", "a field on line " + recordLine
                        + " is longer than " + MAX_FIELD + " characters: this is not an interchange CSV file");
            }
            pos++;
        }
    }

    private Unreadable unclosed(long openedOn, String why) {
        return new Unreadable(openedOn, size, "unclosed-quote", "a quote opened on line " + openedOn
                + " is never closed (" + why + "): close it, or double a quote that is part of the text (\"\")");
    }

    private Unreadable notText() {
        return new Unreadable(line, -1, "not-text", "not a UTF-8 text CSV: line " + line
                + " holds a NUL byte (is this a spreadsheet or another binary file? save it as CSV UTF-8)");
    }

    private void add(String value, long fieldLine) {
        if (size == fields.length) {
            fields = java.util.Arrays.copyOf(fields, size * 2);
            fieldLines = java.util.Arrays.copyOf(fieldLines, size * 2);
            badQuotes = java.util.Arrays.copyOf(badQuotes, size * 2);
        }
        fields[size] = value;
        fieldLines[size] = fieldLine;
        size++;
    }

    /** Marks a field of the current record; the marks of earlier records are cleared on the first. */
    private void markBadQuote(int field) {
        if (!anyBadQuote) {
            java.util.Arrays.fill(badQuotes, false);
            anyBadQuote = true;
        }
        if (field >= badQuotes.length) {
            badQuotes = java.util.Arrays.copyOf(badQuotes, field * 2);
            fields = java.util.Arrays.copyOf(fields, field * 2);
            fieldLines = java.util.Arrays.copyOf(fieldLines, field * 2);
        }
        badQuotes[field] = true;
    }

    private int peek() throws IOException, Unreadable {
        if (pos >= len && !fill()) {
            return -1;
        }
        return buf[pos];
    }

    /**
     * Decodes the next characters; false at the end of the file. Characters before bytes that are
     * not UTF-8 are handed out first, so that the problem is reported on the line it is on.
     */
    private boolean fill() throws IOException, Unreadable {
        if (pos < len) {
            return true;
        }
        if (undecodable) {
            throw notUtf8();
        }
        if (decoded) {
            return false;
        }
        var out = CharBuffer.wrap(buf);
        while (out.position() == 0) {
            var result = decoder.decode(bytes, out, bytesEnded);
            if (result.isError()) {
                if (out.position() == 0) {
                    throw notUtf8();
                }
                undecodable = true;
                break;
            }
            if (result.isOverflow()) {
                break;
            }
            if (bytesEnded) {
                decoder.flush(out);
                decoded = true;
                break;
            }
            bytes.compact();
            int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
            if (n < 0) {
                bytesEnded = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }
        pos = 0;
        len = out.position();
        return len > 0;
    }

    private Unreadable notUtf8() {
        return new Unreadable(line, -1, "not-text", "not a UTF-8 text CSV: line " + line
                + " holds bytes that are not UTF-8 (is this a spreadsheet or another binary file? save it as CSV UTF-8)");
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
