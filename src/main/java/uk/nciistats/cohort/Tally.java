package uk.nciistats.cohort;

import java.util.HashMap;
import java.util.Map;

/**
 * Sums of bounds per cell of one level of an answer, cells coded in mixed radix with the first
 * grouping dimension most significant (so codes ascend in row order). Dense arrays for small
 * answers, a map for very wide ones.
 */
final class Tally {
    private static final int DENSE_LIMIT = 1 << 20;

    private final long cells;
    private long[] low;
    private long[] high;
    private Map<Long, long[]> sparse;

    Tally(long cells) {
        this.cells = cells;
        if (cells <= DENSE_LIMIT) {
            low = new long[(int) cells];
            high = new long[(int) cells];
        } else {
            sparse = new HashMap<>();
        }
    }

    void add(long code, long lo, long hi) {
        if (sparse == null) {
            low[(int) code] += lo;
            high[(int) code] += hi;
        } else {
            var b = sparse.computeIfAbsent(code, k -> new long[2]);
            b[0] += lo;
            b[1] += hi;
        }
    }

    Bounds get(long code) {
        if (sparse == null) {
            return new Bounds(low[(int) code], high[(int) code]);
        }
        var b = sparse.get(code);
        return b == null ? Bounds.ZERO : new Bounds(b[0], b[1]);
    }

    /** The codes of cells with {@code high > 0}, ascending. */
    long[] nonEmpty() {
        if (sparse == null) {
            int n = 0;
            for (long h : high) {
                if (h > 0) {
                    n++;
                }
            }
            var codes = new long[n];
            int j = 0;
            for (int i = 0; i < high.length; i++) {
                if (high[i] > 0) {
                    codes[j++] = i;
                }
            }
            return codes;
        }
        return sparse.entrySet().stream().filter(e -> e.getValue()[1] > 0).mapToLong(Map.Entry::getKey).sorted().toArray();
    }

    long cells() {
        return cells;
    }
}
