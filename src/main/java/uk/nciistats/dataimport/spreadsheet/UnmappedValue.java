package uk.nciistats.dataimport.spreadsheet;

import java.util.List;
import java.util.Optional;

/**
 * Text of a field that no entry of the mapping covers and the grammar does not read: it stops the
 * import until the user says what it means. Asked once per field, however many of the field's
 * columns hold it (Media 1, Media 2): {@code columns} are where it appears, {@code text} is as
 * first seen, {@code key} its normalised form (what an entry maps), {@code rows} where it appears.
 */
public record UnmappedValue(Field field, List<String> columns, String text, String key, List<Integer> rows,
                            Optional<Suggestion> suggestion) {
    public UnmappedValue {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** The columns it appears in, in words: {@code Media 1, Media 2}. */
    public String column() {
        return String.join(", ", columns);
    }
}
