package uk.nciistats.console.datareturns.conflicts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One field on which the stored version and the user's differ after someone else saved first: what
 * it held when the user opened it, what is stored now, what the user typed, and whose value the
 * user keeps (by default theirs where the user did not touch the field, the user's where they did).
 */
public record FieldConflict(String key, String label, String opened, String stored, String mine, Side keep) {

    public enum Side { STORED, MINE }

    /** Whether the other person changed this field (else only the user did). */
    public boolean changedByOther() {
        return !Objects.equals(opened, stored);
    }

    /** Whether the user changed this field (else only the other person did). */
    public boolean changedByMe() {
        return !Objects.equals(opened, mine);
    }

    /**
     * The fields whose stored value and the user's differ, in the order of {@code labels}, then any
     * other key. A value absent from a map is the empty text.
     */
    public static List<FieldConflict> between(Map<String, String> opened, Map<String, String> stored,
                                              Map<String, String> mine, Map<String, String> labels) {
        var keys = new LinkedHashSet<>(labels.keySet());
        keys.addAll(opened.keySet());
        keys.addAll(stored.keySet());
        keys.addAll(mine.keySet());
        var conflicts = new ArrayList<FieldConflict>();
        for (var key : keys) {
            var was = opened.getOrDefault(key, "");
            var now = stored.getOrDefault(key, "");
            var typed = mine.getOrDefault(key, "");
            if (!now.equals(typed)) {
                conflicts.add(new FieldConflict(key, labels.getOrDefault(key, key), was, now, typed,
                        typed.equals(was) ? Side.STORED : Side.MINE));
            }
        }
        return conflicts;
    }

    /** The keys whose value the user keeps, given a choice for each conflict. */
    public static java.util.Set<String> keptMine(Map<String, Side> choices) {
        var keys = new LinkedHashSet<String>();
        choices.forEach((key, side) -> {
            if (side == Side.MINE) {
                keys.add(key);
            }
        });
        return keys;
    }

    /** The stored values with the user's where {@code choices} keep them: what is saved next. */
    public static Map<String, String> merge(Map<String, String> stored, Map<String, String> mine, Map<String, Side> choices) {
        var merged = new LinkedHashMap<>(stored);
        for (var key : keptMine(choices)) {
            var value = mine.get(key);
            if (value == null || value.isEmpty()) {
                merged.remove(key);
            } else {
                merged.put(key, value);
            }
        }
        return merged;
    }
}
