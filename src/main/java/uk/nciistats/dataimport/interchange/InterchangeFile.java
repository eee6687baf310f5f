package uk.nciistats.dataimport.interchange;

import java.io.Closeable;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One file of the interchange format read row by row: its header is checked against the format's
 * columns (any order; each exactly once; no others; an optional column may be left out, and then
 * reads as empty), and each data row is offered by the format's column index, whatever order the
 * file has them in. Rows that cannot be read as the header says
 * are reported and skipped; a file that cannot be read on (not text, a quote left open) is reported
 * and ends.
 */
final class InterchangeFile implements Closeable {
    private final String name;
    private final List<String> columns;
    private final Problems problems;
    private final CsvReader csv;
    /** For each column of the format, its index in the file's rows. */
    private final int[] position;
    private final int width;
    private long rows;
    private boolean complete;
    /** The columns of the current row whose value could not be read (bit per column of the format). */
    private int unreadable;

    private InterchangeFile(String name, List<String> columns, Problems problems, CsvReader csv, int[] position, int width) {
        this.name = name;
        this.columns = columns;
        this.problems = problems;
        this.csv = csv;
        this.position = position;
        this.width = width;
    }

    /**
     * Opens the file and checks its header; null when it cannot be read as this format (the
     * problems say why) or is not given.
     */
    static InterchangeFile open(String name, CsvSource source, List<String> columns, Problems problems) throws IOException {
        return open(name, source, columns, Set.of(), problems);
    }

    /** As {@link #open(String, CsvSource, List, Problems)}, where the {@code optional} columns may be left out. */
    static InterchangeFile open(String name, CsvSource source, List<String> columns, Set<String> optional,
                                Problems problems) throws IOException {
        if (source == null) {
            return null;
        }
        InterchangeFile opened = null;
        var in = source.open();
        try {
            var csv = new CsvReader(in);
            if (!csv.next()) {
                problems.add(name, 0, "", "empty-file", name + " is empty: it needs at least its header row ("
                        + String.join(",", columns) + ")");
                return null;
            }
            var position = headerPositions(name, csv, columns, optional, problems);
            if (position != null) {
                opened = new InterchangeFile(name, columns, problems, csv, position, csv.size());
            }
            return opened;
        } catch (CsvReader.Unreadable e) {
            problems.add(name, e.line, "", e.rule, e.getMessage());
            return null;
        } finally {
            // the reader holds nothing but the stream: unless the file is handed on, the stream is
            // closed here, whatever stopped it (a problem, an IOException, a RuntimeException)
            if (opened == null) {
                in.close();
            }
        }
    }

    private static int[] headerPositions(String name, CsvReader csv, List<String> columns, Set<String> optional,
                                         Problems problems) {
        var position = new int[columns.size()];
        Arrays.fill(position, -1);
        var seen = new HashSet<String>();
        boolean wrong = false;
        for (int i = 0; i < csv.size(); i++) {
            String column = csv.field(i).trim();
            int index = columns.indexOf(column);
            if (!seen.add(column)) {
                problems.add(name, 1, column, "wrong-header", "the header names column '" + column + "' twice");
                wrong = true;
            } else if (index < 0) {
                problems.add(name, 1, column, "wrong-header", "the header names column '" + column + "', which "
                        + name + " does not have: its columns are exactly " + described(columns, optional));
                wrong = true;
            } else {
                position[index] = i;
            }
        }
        for (int c = 0; c < columns.size(); c++) {
            if (position[c] < 0 && !optional.contains(columns.get(c))) {
                problems.add(name, 1, columns.get(c), "wrong-header", "the header lacks column '" + columns.get(c)
                        + "': " + name + " has exactly the columns " + described(columns, optional) + " (in any order)");
                wrong = true;
            }
        }
        return wrong ? null : position;
    }

    /** The format's columns in words: the required ones, then those it may leave out. */
    private static String described(List<String> columns, Set<String> optional) {
        var required = columns.stream().filter(c -> !optional.contains(c)).toList();
        var left = columns.stream().filter(optional::contains).toList();
        return String.join(", ", required) + (left.isEmpty() ? "" : " (and, if wanted, " + String.join(", ", left) + ")");
    }

    /** Moves to the next data row that has the header's number of fields; false at the end of the file. */
    boolean next() throws IOException {
        try {
            while (csv.next()) {
                rows++;
                if (csv.size() != width) {
                    problems.add(name, csv.line(), "", "wrong-field-count", "line " + csv.line() + " has "
                            + csv.size() + " fields, the header " + width + " (a comma too many or too few, or text with a"
                            + " comma that needs quotes)");
                    continue;
                }
                unreadable = 0;
                reportBadQuotes();
                return true;
            }
            complete = true;
            return false;
        } catch (CsvReader.Unreadable e) {
            String column = e.field >= 0 && e.field < width ? columnAt(e.field) : "";
            problems.add(name, e.line, column, e.rule, e.getMessage());
            return false;
        }
    }

    private void reportBadQuotes() {
        for (int c = 0; c < columns.size(); c++) {
            if (position[c] >= 0 && csv.badQuote(position[c])) {
                problems.add(name, line(c), columns.get(c), "bad-quote", "a quote inside the field: quote the whole"
                        + " field (\"...\") and double every quote inside it (\"\")");
            }
        }
    }

    private String columnAt(int fieldIndex) {
        for (int c = 0; c < position.length; c++) {
            if (position[c] == fieldIndex) {
                return columns.get(c);
            }
        }
        return "";
    }

    /** Whether every row was read: false when the file stopped at something it could not read. */
    boolean complete() {
        return complete;
    }

    /** The value of a column of the format (by its index in the format), trimmed; empty for an optional column left out. */
    String value(int column) {
        return position[column] < 0 ? "" : csv.field(position[column]).trim();
    }

    /** The line the column's field starts on. */
    long line(int column) {
        return position[column] < 0 ? csv.line() : csv.fieldLine(position[column]);
    }

    /** The line the current row starts on. */
    long line() {
        return csv.line();
    }

    /** Data rows read so far (rows that could not be read included). */
    long rows() {
        return rows;
    }

    /** The column's ISO date; null when empty, or when it is not a date (reported, and the column marked unreadable). */
    LocalDate date(int column) {
        String text = value(column);
        if (text.isEmpty()) {
            return null;
        }
        var day = Values.date(text);
        if (day == null) {
            unreadable(column, "bad-date", "'" + text + "' is not a date: write it as YYYY-MM-DD (e.g. 2016-03-31)");
        }
        return day;
    }

    /** The column's whole number; null when empty, or when it is not one (reported as {@code notOne}). */
    Integer wholeNumber(int column, String notOne) {
        String text = value(column);
        if (text.isEmpty()) {
            return null;
        }
        var number = Values.wholeNumber(text);
        if (number == null) {
            unreadable(column, "bad-number", "'" + text + "' is not " + notOne);
        }
        return number;
    }

    /** The column's constant of an enum ({@code what} names it); null when empty, or when it names none (reported). */
    <E extends Enum<E>> E constant(int column, Values.Names<E> names, String what) {
        String text = value(column);
        return text.isEmpty() ? null : constant(column, text, names, what);
    }

    /** The constant {@code text} names, a part of the column's value; null when it names none (reported). */
    <E extends Enum<E>> E constant(int column, String text, Values.Names<E> names, String what) {
        var value = names.of(text);
        if (value == null) {
            unreadable(column, "bad-enum", "'" + text + "' is not " + ("aeiou".indexOf(what.charAt(0)) >= 0 ? "an " : "a ")
                    + what + ": one of " + names.list());
        }
        return value;
    }

    /** Reports a problem that leaves the column's value unknown, so that rules on the value are not checked too. */
    void unreadable(int column, String rule, String message) {
        unreadable |= 1 << column;
        problem(column, rule, message);
    }

    /** Whether the column's value of the current row was read (no problem with its text). */
    boolean readable(int column) {
        return (unreadable & (1 << column)) == 0;
    }

    /** Reports a problem with a column of the current row. */
    void problem(int column, String rule, String message) {
        problems.add(name, line(column), columns.get(column), rule, message);
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
