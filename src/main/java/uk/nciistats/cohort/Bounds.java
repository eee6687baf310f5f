package uk.nciistats.cohort;

/**
 * A count the data proves to lie in {@code low..high}; exact when the two meet. Sums of counts add
 * their bounds.
 */
public record Bounds(long low, long high) {
    public static final Bounds ZERO = new Bounds(0, 0);

    public Bounds {
        if (low < 0 || high < low) {
            throw new IllegalArgumentException("not a count range: " + low + ".." + high);
        }
    }

    public static Bounds exactly(long n) {
        return new Bounds(n, n);
    }

    /** At most {@code n}: {@code {0, n}}. */
    public static Bounds upTo(long n) {
        return new Bounds(0, n);
    }

    public Bounds plus(Bounds other) {
        return new Bounds(low + other.low, high + other.high);
    }

    public boolean exact() {
        return low == high;
    }

    /**
     * The Fréchet bounds of a cell that meets all {@code inputs} at once, inside a return of
     * {@code total} reports: {@code low = max(0, Σ lowᵢ − (d−1)·T)}, {@code high = min(highᵢ)}.
     */
    public static Bounds frechet(long total, Bounds... inputs) {
        if (inputs.length == 0) {
            return exactly(total);
        }
        long sumLow = 0;
        long high = Long.MAX_VALUE;
        for (var b : inputs) {
            sumLow += b.low;
            high = Math.min(high, b.high);
        }
        long low = Math.max(0, sumLow - (long) (inputs.length - 1) * total);
        return new Bounds(Math.min(low, high), high);
    }
}
