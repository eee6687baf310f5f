package uk.nciistats.cohort;

import java.util.HashMap;
import java.util.Map;

/**
 * Sums of bounds per cell of one level of an answer, cells coded in mixed radix with the first
 * grouping dimension most significant (so codes ascend in row order). Dense arrays for small
 * answers, a map for very wide ones. Beside each cell's bounds, the sum of its contributors'
 * disclosure-control keys mod 256: its cell key (§10).
 */
final class Tally {
    private static final int DENSE_LIMIT = 1 << 20;

    private final long cells;
    private long[] low;
    private long[] high;
    private int[] key;
    private Map<Long, long[]> sparse;

    Tally(long cells) {
        this.cells = cells;
        if (cells <= DENSE_LIMIT) {
            low = new long[(int) cells];
            high = new long[(int) cells];
            key = new int[(int) cells];
        } else {
            sparse = new HashMap<>();
        }
    }

    void add(long code, long lo, long hi, int keys) {
        if (sparse == null) {
            low[(int) code] += lo;
            high[(int) code] += hi;
            key[(int) code] = (key[(int) code] + keys) & 0xff;
        } else {
            var b = sparse.computeIfAbsent(code, k -> new long[3]);
            b[0] += lo;
            b[1] += hi;
            b[2] = (b[2] + keys) & 0xff;
        }
    }

    /** The cell's key: its contributors' keys summed mod 256. */
    int key(long code) {
        if (sparse == null) {
            return key[(int) code];
        }
        var b = sparse.get(code);
        return b == null ? 0 : (int) b[2];
    }

    CohortAnswer.Figure figure(long code) {
        return new CohortAnswer.Figure(get(code), key(code));
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
