package uk.nciistats.dataimport.spreadsheet.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A spreadsheet's first sheet as text: its column names and its rows. Column names are made
 * unique as a user can tell them apart: a blank header becomes {@code Column C} (its letter), a
 * repeated one gets its occurrence, {@code additional}, {@code additional (2)}, {@code additional (3)}.
 */
public record Sheet(String fileName, List<String> columns, List<SheetRow> rows) {
    public Sheet {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** A sheet from the header row as written and the data rows. */
    public static Sheet of(String fileName, List<String> header, List<SheetRow> rows) {
        var names = new ArrayList<String>();
        var seen = new HashMap<String, Integer>();
        for (int i = 0; i < header.size(); i++) {
            var name = header.get(i) == null ? "" : header.get(i).strip();
            if (name.isEmpty()) {
                name = "Column " + letter(i);
            }
            int n = seen.merge(name, 1, Integer::sum);
            names.add(n == 1 ? name : name + " (" + n + ")");
        }
        return new Sheet(fileName, names, rows);
    }

    /** The position of a column by name, or -1. */
    public int indexOf(String column) {
        return columns.indexOf(column);
    }

    /** The distinct texts of a column with how often each appears, in order of first appearance. */
    public Map<String, Integer> valuesOf(String column) {
        int index = indexOf(column);
        var counts = new java.util.LinkedHashMap<String, Integer>();
        for (var row : rows) {
            counts.merge(row.cell(index), 1, Integer::sum);
        }
        return counts;
    }

    static String letter(int index) {
        var s = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            s.insert(0, (char) ('A' + i % 26));
        }
        return s.toString();
    }
}
