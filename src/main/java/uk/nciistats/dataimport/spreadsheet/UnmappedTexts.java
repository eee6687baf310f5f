package uk.nciistats.dataimport.spreadsheet;

import uk.nciistats.reference.Force;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The texts a translation met that no entry covers and the grammar does not read, collected once
 * per field and normalised text: a value that appears in several columns of a field (Media 1,
 * Media 2) is one value, asked once, since an entry maps it for the whole field.
 */
final class UnmappedTexts {
    private final Map<FieldText, Collected> byText = new LinkedHashMap<>();

    void add(Field field, String column, String text, String key, int row) {
        var collected = byText.computeIfAbsent(new FieldText(field, key), k -> new Collected(field, text.strip(), key));
        collected.columns.add(column);
        collected.rows.add(row);
    }

    /**
     * A mapping keeps a force's vocabulary, never free text about people ({@link MappingLimits}): a
     * column with many long unmapped texts, or more than a field's entries allow, is not offered for
     * mapping at all, and a single long text is not offered either. Either way it is a problem; the
     * texts concerned are dropped from the values to ask about.
     */
    List<RowProblem> refuseFreeText() {
        var problems = new ArrayList<RowProblem>();
        var byColumn = new LinkedHashMap<FieldColumn, List<Collected>>();
        byText.values().forEach(u -> u.columns.forEach(c ->
                byColumn.computeIfAbsent(new FieldColumn(u.field, c), k -> new ArrayList<>()).add(u)));
        var refused = new LinkedHashSet<Collected>();
        byColumn.forEach((fieldColumn, values) -> {
            var column = fieldColumn.column();
            var field = fieldColumn.field();
            var tooLong = values.stream().filter(u -> MappingLimits.tooLong(u.field, u.key)).toList();
            if (tooLong.size() >= MappingLimits.FREE_TEXT_LONG_VALUES || values.size() > MappingLimits.MAX_ENTRIES_PER_FIELD) {
                problems.add(new RowProblem(0, column, "free-text-column", "column '" + column + "' (read as "
                        + field.label() + ") holds " + values.size() + " different texts no mapping covers, "
                        + tooLong.size() + " of them longer than " + MappingLimits.MAX_TEXT + " characters: it looks like"
                        + " free text (names, crime reference numbers, descriptions), which a mapping must not keep;"
                        + " choose another column for " + field.label() + ", or none"));
                refused.addAll(values);
            } else {
                for (var u : tooLong) {
                    if (refused.add(u)) {
                        problems.add(new RowProblem(u.rows.first(), column, "value-too-long", "a text of column '"
                                + column + "' (rows " + rowList(u.rows) + ") is longer than " + MappingLimits.MAX_TEXT
                                + " characters, more than a mapping keeps: shorten it in the file, or empty the cell"
                                + " if it is not known"));
                    }
                }
            }
        });
        refused.forEach(u -> byText.remove(new FieldText(u.field, u.key)));
        return problems;
    }

    /** The values to ask about, each with what the wizard suggests for it. */
    List<UnmappedValue> values(List<Force> forces) {
        return byText.values().stream().map(u -> new UnmappedValue(u.field, List.copyOf(u.columns), u.text, u.key,
                List.copyOf(u.rows), Suggestions.forValue(u.field, u.key, forces))).toList();
    }

    private static String rowList(Set<Integer> rows) {
        var shown = rows.stream().limit(10).map(String::valueOf).collect(Collectors.joining(", "));
        return rows.size() > 10 ? shown + " and " + (rows.size() - 10) + " more" : shown;
    }

    /** One value being collected: the columns and rows it appears in. */
    private static final class Collected {
        final Field field;
        final String text;
        final String key;
        final Set<String> columns = new LinkedHashSet<>();
        final TreeSet<Integer> rows = new TreeSet<>();

        Collected(Field field, String text, String key) {
            this.field = field;
            this.text = text;
            this.key = key;
        }
    }
}
