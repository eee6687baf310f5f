package uk.nciistats.cohort;

import uk.nciistats.reference.Country;
import uk.nciistats.returns.AgeRange;
import uk.nciistats.returns.Gender;
import uk.nciistats.returns.Outcome;
import uk.nciistats.returns.Platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The values one grouping dimension takes in an answer, indexed in row order: forces by code,
 * regions and countries by name, periods in time, age bands in the question's order then UNKNOWN,
 * outcomes, platforms and genders in enum order with NONE and UNKNOWN last.
 */
final class Axis {
    static final int PLATFORM_NONE = Platform.values().length;

    final Dimension dimension;
    final int size;
    private final List<Object> keys;
    private final Map<String, Integer> indexOfText;
    /** Calendar axes: the ordinal of index 0. */
    final int firstOrdinal;

    private Axis(Dimension dimension, List<Object> keys, Map<String, Integer> indexOfText, int firstOrdinal) {
        this.dimension = dimension;
        this.keys = keys;
        this.size = keys.size();
        this.indexOfText = indexOfText;
        this.firstOrdinal = firstOrdinal;
    }

    static Axis of(Dimension d, List<ReturnFacts> returns, CohortQuestion q, int firstOrdinal, int lastOrdinal) {
        return switch (d) {
            case FORCE -> texts(d, returns.stream().map(ReturnFacts::forceCode).toList());
            case REGION -> texts(d, returns.stream().map(ReturnFacts::region).toList());
            case COUNTRY -> texts(d, returns.stream().map(r -> r.country().name()).toList());
            case YEAR, QUARTER, MONTH -> {
                var labels = new ArrayList<Object>();
                for (int o = firstOrdinal; o <= lastOrdinal; o++) {
                    labels.add(Period.label(d, o));
                }
                yield new Axis(d, labels, Map.of(), firstOrdinal);
            }
            case AGE_BAND -> {
                var bands = new ArrayList<Object>(q.bands());
                bands.add(null);
                yield new Axis(d, bands, Map.of(), 0);
            }
            case OUTCOME -> new Axis(d, List.of((Object[]) Outcome.values()), Map.of(), 0);
            case GENDER -> new Axis(d, List.of((Object[]) Gender.values()), Map.of(), 0);
            case PLATFORM -> {
                var names = new ArrayList<Object>();
                for (var p : Platform.values()) {
                    names.add(p.name());
                }
                names.add("NONE");
                yield new Axis(d, names, Map.of(), 0);
            }
        };
    }

    private static Axis texts(Dimension d, List<String> values) {
        var sorted = new TreeMap<String, Integer>();
        values.forEach(v -> sorted.put(v, 0));
        var keys = new ArrayList<Object>();
        for (var k : sorted.keySet()) {
            sorted.put(k, keys.size());
            keys.add(d == Dimension.COUNTRY ? Country.valueOf(k) : k);
        }
        return new Axis(d, keys, sorted, 0);
    }

    int indexOf(String text) {
        return indexOfText.get(text);
    }

    Object key(int index) {
        return keys.get(index);
    }

    /** Whether the value at {@code index} is the UNKNOWN or NONE one (no value known). */
    boolean isUnknown(int index) {
        return switch (dimension) {
            case AGE_BAND -> index == size - 1;
            case OUTCOME -> index == Outcome.UNKNOWN.ordinal();
            case GENDER -> index == Gender.UNKNOWN.ordinal();
            case PLATFORM -> index == PLATFORM_NONE;
            default -> false;
        };
    }

    /** Whether the dimension has an UNKNOWN or NONE value at all. */
    boolean hasUnknown() {
        return dimension == Dimension.AGE_BAND || dimension == Dimension.OUTCOME || dimension == Dimension.GENDER
                || dimension == Dimension.PLATFORM;
    }

    AgeRange band(int index) {
        return (AgeRange) keys.get(index);
    }
}
