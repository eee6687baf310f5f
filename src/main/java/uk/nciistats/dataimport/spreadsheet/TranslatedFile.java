package uk.nciistats.dataimport.spreadsheet;

import uk.nciistats.infrastructure.CsvWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One file of the interchange format (returns.csv, reports.csv, counts.csv) made from a
 * spreadsheet, remembering for each of its lines the spreadsheet rows it came from, so that a
 * problem the import finds on a line can be shown on the user's rows.
 */
public final class TranslatedFile {
    private final String name;
    private final List<String> header;
    private final List<List<String>> lines = new ArrayList<>();
    private final List<List<Integer>> sourceRows = new ArrayList<>();

    public TranslatedFile(String name, List<String> header) {
        this.name = name;
        this.header = List.copyOf(header);
    }

    public void add(List<String> cells, List<Integer> fromRows) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException(name + " has " + header.size() + " columns, not " + cells.size());
        }
        lines.add(List.copyOf(cells));
        sourceRows.add(List.copyOf(fromRows));
    }

    public String name() {
        return name;
    }

    public List<String> header() {
        return header;
    }

    /** The data lines, without the header. */
    public List<List<String>> lines() {
        return lines;
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** The spreadsheet rows behind a line of the file (the header is line 1); none for other lines. */
    public List<Integer> sourceRowsOf(long line) {
        int index = (int) line - 2;
        return index >= 0 && index < sourceRows.size() ? sourceRows.get(index) : List.of();
    }

    /**
     * The file as UTF-8 CSV (RFC 4180), header first, lines ending in CRLF, every value exactly as
     * read: the file goes to the import, never to a spreadsheet, so no formula is disarmed.
     */
    public byte[] bytes() {
        var out = new ByteArrayOutputStream();
        var csv = CsvWriter.exact(out);
        try {
            csv.row(header);
            for (var line : lines) {
                csv.row(line);
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("a byte array cannot fail to take bytes", e);
        }
        return out.toByteArray();
    }
}
