package uk.nciistats.returns;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An inclusive range of whole-year ages, 0–120, as a force publishes it: {@code 10-19} or
 * {@code 45+}. A missing upper bound is 120. This is the one place where a band's text is read
 * (the spreadsheet import's more lenient {@code FieldGrammar} aside, which also reads
 * {@code 10 to 19} or {@code under 20}).
 */
public record AgeRange(int min, int max, boolean openEnded) {
    public static final int OLDEST = 120;
    private static final Pattern CLOSED = Pattern.compile("(\\d{1,3})-(\\d{1,3})");
    private static final Pattern OPEN = Pattern.compile("(\\d{1,3})\\+");
    private static final Pattern ONE_AGE = Pattern.compile("\\d{1,3}");

    public AgeRange {
        if (min < 0 || max > OLDEST || min > max) {
            throw new IllegalArgumentException("not an age range: " + min + "-" + max);
        }
    }

    /** A band's bounds as written, before they are checked: {@code max} is null for an open band ({@code LO+}). */
    public record Written(int min, Integer max) {
        /** The range they stand for; empty when a bound is over 120 or {@code min > max}. */
        public Optional<AgeRange> range() {
            int hi = max == null ? OLDEST : max;
            return min <= hi && hi <= OLDEST ? Optional.of(new AgeRange(min, hi, max == null)) : Optional.empty();
        }
    }

    /**
     * Reads {@code LO-HI} or {@code LO+} and, when {@code oneAge}, a single age {@code N} as the band
     * {@code N-N}, without checking the bounds (so that a caller can say what is wrong with them);
     * empty when the text is none of these.
     */
    public static Optional<Written> read(String text, boolean oneAge) {
        if (text == null) {
            return Optional.empty();
        }
        var trimmed = text.trim();
        var closed = CLOSED.matcher(trimmed);
        if (closed.matches()) {
            return Optional.of(new Written(Integer.parseInt(closed.group(1)), Integer.valueOf(closed.group(2))));
        }
        var open = OPEN.matcher(trimmed);
        if (open.matches()) {
            return Optional.of(new Written(Integer.parseInt(open.group(1)), null));
        }
        if (oneAge && ONE_AGE.matcher(trimmed).matches()) {
            return Optional.of(new Written(Integer.parseInt(trimmed), Integer.valueOf(trimmed)));
        }
        return Optional.empty();
    }

    /** Parses {@code LO-HI} or {@code LO+}; empty when the text is neither or out of 0–120. */
    public static Optional<AgeRange> parse(String text) {
        return read(text, false).flatMap(Written::range);
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
