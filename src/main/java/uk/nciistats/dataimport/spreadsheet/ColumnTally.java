package uk.nciistats.dataimport.spreadsheet;

import uk.nciistats.returns.Gender;
import uk.nciistats.returns.HomeOfficeOutcome;
import uk.nciistats.returns.Outcome;
import uk.nciistats.returns.Platform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the cells of each outcome, platform and gender column were read as, to warn where a
 * mapping may be wrong though nothing stops the import: when one catch-all value (OTHER, UNKNOWN,
 * not known) takes most rows of a column, when several different texts of a column all read as
 * one value, and when the mapping reads a text as OTHER. Warnings never stop the import.
 */
final class ColumnTally {
    /** Fewer filled cells than this say nothing about a column. */
    static final int FEW = 5;
    private static final Set<Field> WATCHED = EnumSet.of(Field.OUTCOME, Field.PLATFORMS, Field.GENDER);
    private static final String NOT_KNOWN = "not known";
    private static final Set<String> CATCH_ALL = Set.of(Outcome.OTHER.name(), Outcome.UNKNOWN.name(), NOT_KNOWN);

    private final Map<FieldColumn, Column> columns = new LinkedHashMap<>();

    /** A filled cell of {@code column} (text {@code key}) read as {@code value}: null for not known. */
    void count(Field field, String column, String key, Object value, boolean byEntry, int row) {
        if (!WATCHED.contains(field)) {
            return;
        }
        var c = columns.computeIfAbsent(new FieldColumn(field, column), k -> new Column(field, column));
        var label = label(value);
        c.cells++;
        c.rowsByLabel.merge(label, 1, Integer::sum);
        c.textsByLabel.computeIfAbsent(label, k -> new LinkedHashSet<>()).add(key);
        if (byEntry && readsOther(value)) {
            c.otherByEntry.computeIfAbsent(key, k -> new TreeSet<>()).add(row);
        }
    }

    List<PreviewWarning> warnings() {
        var warnings = new ArrayList<PreviewWarning>();
        for (var c : columns.values()) {
            dominant(c).ifPresent(warnings::add);
            if (!c.otherByEntry.isEmpty()) {
                int rows = c.otherByEntry.values().stream().mapToInt(Set::size).sum();
                warnings.add(new PreviewWarning(c.field, c.column, "column '" + c.column + "': the mapping reads "
                        + quoted(c.otherByEntry.keySet()) + " as OTHER (" + rows + (rows == 1 ? " row" : " rows")
                        + "). OTHER is the catch-all: check that is what " + (c.otherByEntry.size() == 1 ? "it means"
                        : "each means") + ", or change its meaning in step 2"));
            }
        }
        return warnings;
    }

    /** The warning that one value takes most rows of the column, when it should be doubted. */
    private static java.util.Optional<PreviewWarning> dominant(Column c) {
        if (c.cells < FEW) {
            return java.util.Optional.empty();
        }
        var top = c.rowsByLabel.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        var label = top.getKey();
        int rows = top.getValue();
        boolean catchAll = CATCH_ALL.contains(label) && !(c.field == Field.PLATFORMS && label.equals(NOT_KNOWN));
        int texts = c.textsByLabel.get(label).size();
        if (catchAll && rows * 2 > c.cells) {
            return java.util.Optional.of(new PreviewWarning(c.field, c.column, "column '" + c.column + "': " + rows
                    + " of its " + c.cells + " filled rows read as " + label + ". If the file says more than that,"
                    + " change what its values mean (step 2)"));
        }
        if (rows == c.cells && texts >= 3) {
            return java.util.Optional.of(new PreviewWarning(c.field, c.column, "column '" + c.column + "': all "
                    + texts + " different texts in it (" + quoted(c.textsByLabel.get(label)) + ") read as " + label
                    + ". Check that they all mean that"));
        }
        return java.util.Optional.empty();
    }

    private static String quoted(Collection<String> texts) {
        var shown = texts.stream().limit(6).map(t -> "'" + t + "'").collect(Collectors.joining(", "));
        return texts.size() > 6 ? shown + " and " + (texts.size() - 6) + " more" : shown;
    }

    private static String label(Object value) {
        if (value == null) {
            return NOT_KNOWN;
        }
        if (value instanceof HomeOfficeOutcome h) {
            return h.outcome().name();
        }
        if (value instanceof Set<?> platforms) {
            return platforms.isEmpty() ? NOT_KNOWN
                    : platforms.stream().map(p -> ((Platform) p).name()).sorted().collect(Collectors.joining(";"));
        }
        return ((Enum<?>) value).name();
    }

    private static boolean readsOther(Object value) {
        return value == Outcome.OTHER || value == Gender.OTHER
                || (value instanceof HomeOfficeOutcome h && h.outcome() == Outcome.OTHER)
                || (value instanceof Set<?> platforms && platforms.contains(Platform.OTHER));
    }

    /** One column's tally. */
    private static final class Column {
        final Field field;
        final String column;
        final Map<String, Integer> rowsByLabel = new LinkedHashMap<>();
        final Map<String, Set<String>> textsByLabel = new LinkedHashMap<>();
        final Map<String, Set<Integer>> otherByEntry = new LinkedHashMap<>();
        int cells;

        Column(Field field, String column) {
            this.field = field;
            this.column = column;
        }
    }
}
