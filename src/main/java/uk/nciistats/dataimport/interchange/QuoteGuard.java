package uk.nciistats.dataimport.interchange;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;

/**
 * What the interchange format demands of quoting and field sizes and FastCSV does not check, watched
 * on the characters on their way to it. FastCSV either fails the whole file at text after a closing
 * quote ({@code "d"e}) or glues the text to the value ({@code de}); the import instead reports that
 * field as a {@code bad-quote} and reads on, so this reader drops such text and remembers the field
 * ({@link #misquoted}). It also stops the file, on the line where it happens, at a field longer than
 * {@link CsvReader#MAX_FIELD} characters (a quoted one is taken for a quote left open) and at a quote
 * still open when the file ends; as in {@link Utf8Text}, the characters before are handed out first.
 * It follows RFC 4180 only as far as that needs: a quote opens a quoted field at a field's start, two
 * quotes inside one are one, and commas and line breaks outside quotes end fields and records.
 */
final class QuoteGuard extends Reader {
    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED, AFTER_CLOSING_QUOTE }

    /** A field with text after its closing quote: the line its record starts on and its index there. */
    record Misquoted(long recordLine, int field) {
    }

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int length;
    private State state = State.FIELD_START;
    private long line = 1;
    private long recordLine = 1;
    private long fieldLine = 1;
    private int field;
    private int fieldLength;
    private boolean afterCr;
    /** Why the text stops here: thrown once the characters before it are handed out. */
    private IOException stop;
    private final ArrayDeque<Misquoted> misquoted = new ArrayDeque<>();

    QuoteGuard(Reader in) {
        this.in = in;
    }

    /** Fields found with text after their closing quote, oldest first, not yet taken. */
    ArrayDeque<Misquoted> misquoted() {
        return misquoted;
    }

    @Override
    public int read(char[] to, int offset, int count) throws IOException {
        int n = 0;
        while (n < count && stop == null) {
            if (position == length && !refill()) {
                break;
            }
            int run = plainRun(count - n);
            if (run > 0) {
                System.arraycopy(buffer, position, to, offset + n, run);
                position += run;
                n += run;
                afterCr = false;
                grow(run, false);
                continue;
            }
            char c = buffer[position++];
            if (keep(c)) {
                to[offset + n++] = c;
            }
        }
        if (n > 0 || count == 0) {
            return n;
        }
        if (stop != null) {
            throw stop;
        }
        return -1;
    }

    /**
     * How many characters from here change nothing but the field's length (at most {@code room}):
     * inside an unquoted field up to a comma or line break, inside a quoted one up to a quote or
     * line break. They are handed on at once.
     */
    private int plainRun(int room) {
        if (state != State.UNQUOTED && state != State.QUOTED) {
            return 0;
        }
        char special = state == State.QUOTED ? '"' : ',';
        int end = Math.min(length, position + room);
        int i = position;
        while (i < end) {
            char c = buffer[i];
            if (c == special || c == '\n' || c == '\r') {
                break;
            }
            i++;
        }
        return i - position;
    }

    private boolean refill() {
        try {
            return fill();
        } catch (IOException e) {
            stop = e;
            return false;
        }
    }

    private boolean fill() throws IOException {
        length = in.read(buffer, 0, buffer.length);
        position = 0;
        if (length >= 0) {
            return true;
        }
        length = 0;
        if (state == State.QUOTED) {
            stop = unclosed("the file ends inside it");
        }
        return false;
    }

    /** Follows one character; false when it is dropped. */
    private boolean keep(char c) {
        boolean endsField = c == ',' || c == '\n' || c == '\r';
        switch (state) {
            case FIELD_START -> {
                fieldLine = line;
                state = c == '"' ? State.QUOTED : endsField ? State.FIELD_START : State.UNQUOTED;
                if (state == State.UNQUOTED) {
                    fieldLength = 1;
                }
            }
            case UNQUOTED -> grow(1, endsField);
            case QUOTED -> {
                if (c == '"') {
                    state = State.QUOTE_IN_QUOTED;
                } else {
                    grow(1, false);
                }
            }
            case QUOTE_IN_QUOTED -> {
                if (c == '"') {
                    state = State.QUOTED;
                    grow(1, false);
                } else if (!endsField) {
                    state = State.AFTER_CLOSING_QUOTE;
                    misquoted.add(new Misquoted(recordLine, field));
                    grow(1, false);
                    return false;
                }
            }
            case AFTER_CLOSING_QUOTE -> {
                if (!endsField) {
                    grow(1, false);
                    return false;
                }
            }
        }
        if (endsField && state != State.QUOTED) {
            endField(c);
        }
        countLine(c);
        return true;
    }

    private void grow(int by, boolean endsField) {
        if (endsField) {
            return;
        }
        fieldLength += by;
        if (fieldLength > CsvReader.MAX_FIELD && stop == null) {
            stop = state == State.QUOTED || state == State.QUOTE_IN_QUOTED
                    ? unclosed("it runs on for more than " + CsvReader.MAX_FIELD + " characters")
                    : new CsvReader.Unreadable(recordLine, field, "field-too-long", "a field on line " + recordLine
                            + " is longer than " + CsvReader.MAX_FIELD + " characters: this is not an interchange CSV file");
        }
    }

    private void endField(char c) {
        state = State.FIELD_START;
        fieldLength = 0;
        if (c == ',') {
            field++;
        } else if (c == '\r' || !afterCr) {
            field = 0;
            recordLine = line + 1;
        }
    }

    private void countLine(char c) {
        if (c == '\n' ? !afterCr : c == '\r') {
            line++;
        }
        afterCr = c == '\r';
    }

    private CsvReader.Unreadable unclosed(String why) {
        return new CsvReader.Unreadable(fieldLine, field, "unclosed-quote", "a quote opened on line " + fieldLine
                + " is never closed (" + why + "): close it, or double a quote that is part of the text (\"\")");
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
