package uk.nciistats.cohort;

import java.time.LocalDate;

/**
 * Calendar buckets (YEAR, QUARTER, MONTH) as ordinals, and how a return's period relates to a window
 * of days: wholly inside, wholly outside, or straddling it.
 */
final class Period {
    enum Relation { INSIDE, OUTSIDE, PARTIAL }

    static final int OPEN_START = Integer.MIN_VALUE;
    static final int OPEN_END = Integer.MAX_VALUE;

    private Period() {
    }

    static Relation relation(int start, int end, int windowStart, int windowEnd) {
        if (end < windowStart || start > windowEnd) {
            return Relation.OUTSIDE;
        }
        return start >= windowStart && end <= windowEnd ? Relation.INSIDE : Relation.PARTIAL;
    }

    static int ordinal(Dimension calendar, LocalDate day) {
        return switch (calendar) {
            case YEAR -> day.getYear();
            case QUARTER -> day.getYear() * 4 + (day.getMonthValue() - 1) / 3;
            case MONTH -> day.getYear() * 12 + day.getMonthValue() - 1;
            default -> throw new IllegalArgumentException(calendar.name());
        };
    }

    static LocalDate firstDay(Dimension calendar, int ordinal) {
        return switch (calendar) {
            case YEAR -> LocalDate.of(ordinal, 1, 1);
            case QUARTER -> LocalDate.of(Math.floorDiv(ordinal, 4), Math.floorMod(ordinal, 4) * 3 + 1, 1);
            case MONTH -> LocalDate.of(Math.floorDiv(ordinal, 12), Math.floorMod(ordinal, 12) + 1, 1);
            default -> throw new IllegalArgumentException(calendar.name());
        };
    }

    static LocalDate lastDay(Dimension calendar, int ordinal) {
        return firstDay(calendar, ordinal + 1).minusDays(1);
    }

    /** The ordinal of a bucket's label ({@code 2016}, {@code 2016-Q1}, {@code 2016-01}). */
    static int ordinalOf(Dimension calendar, String label) {
        return switch (calendar) {
            case YEAR -> Integer.parseInt(label);
            case QUARTER -> Integer.parseInt(label.substring(0, label.indexOf("-Q"))) * 4
                    + Integer.parseInt(label.substring(label.indexOf("-Q") + 2)) - 1;
            case MONTH -> Integer.parseInt(label.substring(0, label.lastIndexOf('-'))) * 12
                    + Integer.parseInt(label.substring(label.lastIndexOf('-') + 1)) - 1;
            default -> throw new IllegalArgumentException(calendar.name());
        };
    }

    static String label(Dimension calendar, int ordinal) {
        return switch (calendar) {
            case YEAR -> String.valueOf(ordinal);
            case QUARTER -> Math.floorDiv(ordinal, 4) + "-Q" + (Math.floorMod(ordinal, 4) + 1);
            case MONTH -> String.format("%d-%02d", Math.floorDiv(ordinal, 12), Math.floorMod(ordinal, 12) + 1);
            default -> throw new IllegalArgumentException(calendar.name());
        };
    }
}
