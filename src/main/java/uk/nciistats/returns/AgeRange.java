package uk.nciistats.returns;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An inclusive range of whole-year ages, 0–120, as a force publishes it: {@code 10-19} or
 * {@code 45+}. A missing upper bound is 120.
 */
public record AgeRange(int min, int max, boolean openEnded) {
    public static final int OLDEST = 120;
    private static final Pattern CLOSED = Pattern.compile("(\\d{1,3})-(\\d{1,3})");
    private static final Pattern OPEN = Pattern.compile("(\\d{1,3})\\+");

    public AgeRange {
        if (min < 0 || max > OLDEST || min > max) {
            throw new IllegalArgumentException("not an age range: " + min + "-" + max);
        }
    }

    /** Parses {@code LO-HI} or {@code LO+}; empty when the text is neither or out of 0–120. */
    public static Optional<AgeRange> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var closed = CLOSED.matcher(text.trim());
        if (closed.matches()) {
            int lo = Integer.parseInt(closed.group(1));
            int hi = Integer.parseInt(closed.group(2));
            return lo <= hi && hi <= OLDEST ? Optional.of(new AgeRange(lo, hi, false)) : Optional.empty();
        }
        var open = OPEN.matcher(text.trim());
        if (open.matches()) {
            int lo = Integer.parseInt(open.group(1));
            return lo <= OLDEST ? Optional.of(new AgeRange(lo, OLDEST, true)) : Optional.empty();
        }
        return Optional.empty();
    }

    public boolean overlaps(AgeRange other) {
        return min <= other.max && other.min <= max;
    }

    public boolean contains(AgeRange other) {
        return min <= other.min && other.max <= max;
    }

    public String label() {
        return openEnded ? min + "+" : min + "-" + max;
    }
}
