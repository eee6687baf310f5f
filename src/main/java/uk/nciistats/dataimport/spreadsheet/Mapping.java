package uk.nciistats.dataimport.spreadsheet;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How one force's spreadsheet layout becomes interchange rows: which column feeds which field,
 * what the file says once for all rows, which texts mean "not known", and, per field, what each
 * free-text value means ({@code "no action"} → {@code NO_FURTHER_ACTION}). Value entries are keyed
 * by {@linkplain CellText#normalise normalised} text and written in the {@link FieldGrammar}; an
 * empty target means not known (no platform, for platforms). Immutable: changes make a new one.
 */
public record Mapping(String name, Map<Field, List<String>> columns, ReturnDefaults defaults,
                      Set<String> unknownMarkers, Map<Field, Map<String, String>> values, MonthDates monthDates) {
    public static final Set<String> DEFAULT_UNKNOWN_MARKERS = Set.of("nn");

    public Mapping {
        name = name == null ? "" : name.strip();
        var cols = new EnumMap<Field, List<String>>(Field.class);
        columns.forEach((field, names) -> {
            if (names != null && !names.isEmpty()) {
                cols.put(field, List.copyOf(field.takesSeveralColumns() ? names : names.subList(0, 1)));
            }
        });
        columns = Collections.unmodifiableMap(cols);
        defaults = defaults == null ? ReturnDefaults.NONE : defaults;
        var markers = new LinkedHashSet<String>();
        unknownMarkers.forEach(m -> markers.add(CellText.normalise(m)));
        markers.remove("");
        unknownMarkers = Collections.unmodifiableSet(markers);
        var vals = new EnumMap<Field, Map<String, String>>(Field.class);
        values.forEach((field, entries) -> {
            var normalised = new LinkedHashMap<String, String>();
            entries.forEach((text, target) -> normalised.put(CellText.normalise(text), target == null ? "" : target.strip()));
            if (!normalised.isEmpty()) {
                vals.put(field, Collections.unmodifiableMap(normalised));
            }
        });
        values = Collections.unmodifiableMap(vals);
        monthDates = monthDates == null ? MonthDates.FIRST_DAY_IN_PERIOD : monthDates;
    }

    /** A mapping with no columns chosen yet. */
    public static Mapping empty(String name) {
        return new Mapping(name, Map.of(), ReturnDefaults.NONE, DEFAULT_UNKNOWN_MARKERS, Map.of(),
                MonthDates.FIRST_DAY_IN_PERIOD);
    }

    public List<String> columnsOf(Field field) {
        return columns.getOrDefault(field, List.of());
    }

    public boolean maps(Field field) {
        return columns.containsKey(field);
    }

    public Map<String, String> valuesOf(Field field) {
        return values.getOrDefault(field, Map.of());
    }

    public Mapping named(String newName) {
        return new Mapping(newName, columns, defaults, unknownMarkers, values, monthDates);
    }

    public Mapping withColumns(Field field, List<String> names) {
        var cols = new EnumMap<Field, List<String>>(Field.class);
        cols.putAll(columns);
        cols.put(field, names);
        return new Mapping(name, cols, defaults, unknownMarkers, values, monthDates);
    }

    public Mapping withDefaults(ReturnDefaults newDefaults) {
        return new Mapping(name, columns, newDefaults, unknownMarkers, values, monthDates);
    }

    public Mapping withUnknownMarkers(Set<String> markers) {
        return new Mapping(name, columns, defaults, markers, values, monthDates);
    }

    public Mapping withMonthDates(MonthDates choice) {
        return new Mapping(name, columns, defaults, unknownMarkers, values, choice);
    }

    /** This mapping with {@code text} of {@code field} meaning {@code target} ("" = not known). */
    public Mapping withValue(Field field, String text, String target) {
        var vals = new EnumMap<Field, Map<String, String>>(Field.class);
        values.forEach((f, entries) -> vals.put(f, new LinkedHashMap<>(entries)));
        vals.computeIfAbsent(field, f -> new LinkedHashMap<>()).put(CellText.normalise(text), target);
        return new Mapping(name, columns, defaults, unknownMarkers, vals, monthDates);
    }

    /** Every column the mapping reads. */
    public Set<String> columnsRead() {
        var all = new LinkedHashSet<String>();
        columns.values().forEach(all::addAll);
        return all;
    }
}
