package uk.nciistats.mapping;

import java.util.List;
import java.util.Optional;

/**
 * Text of a column that no entry of the mapping covers and the grammar does not read: it stops
 * the import until the user says what it means. {@code text} is as first seen, {@code key} its
 * normalised form (what an entry maps), {@code rows} where it appears.
 */
public record UnmappedValue(Field field, String column, String text, String key, List<Integer> rows,
                            Optional<Suggestion> suggestion) {
}
