package uk.nciistats.cohort;

import java.util.Arrays;

/**
 * The reports of one RECORDS return, column by column in primitive arrays (about 9 bytes a report),
 * so a question scans them without touching the database. Unknown date: {@link #NO_DATE}; unknown
 * age: -1. A question that depends on one column only reads that column's {@link Histogram} instead.
 */
public final class ReportColumns {
    public static final int NO_DATE = Integer.MIN_VALUE;

    /** A column summarised by {@link #histogram}; {@code WHOLE} puts every report in one bucket. */
    enum Column {
        WHOLE(1), AGE(122), GENDER(8), OUTCOME(8), PLATFORMS(256);

        final int values;

        Column(int values) {
            this.values = values;
        }
    }

    /** Per value of a column (age + 1; ordinal; platform bits): how many reports have it, and the first that does. */
    record Histogram(int[] count, int[] first) {
    }

    private int size;
    private int undated;
    private int firstDay = Integer.MAX_VALUE;
    private int lastDay = Integer.MIN_VALUE;
    private volatile Histogram[] histograms = new Histogram[Column.values().length];
    private int[] day;
    private byte[] age;
    private byte[] gender;
    private byte[] outcome;
    private byte[] platforms;

    public ReportColumns(int capacity) {
        int c = Math.max(capacity, 4);
        day = new int[c];
        age = new byte[c];
        gender = new byte[c];
        outcome = new byte[c];
        platforms = new byte[c];
    }

    /** Adds one report: epoch day or {@link #NO_DATE}, age or -1, enum ordinals, platform bits. */
    public void add(int epochDay, int victimAge, int genderOrdinal, int outcomeOrdinal, int platformBits) {
        if (size == day.length) {
            int c = size * 2;
            day = Arrays.copyOf(day, c);
            age = Arrays.copyOf(age, c);
            gender = Arrays.copyOf(gender, c);
            outcome = Arrays.copyOf(outcome, c);
            platforms = Arrays.copyOf(platforms, c);
        }
        if (epochDay == NO_DATE) {
            undated++;
        } else {
            firstDay = Math.min(firstDay, epochDay);
            lastDay = Math.max(lastDay, epochDay);
        }
        histograms = new Histogram[Column.values().length];
        day[size] = epochDay;
        age[size] = (byte) victimAge;
        gender[size] = (byte) genderOrdinal;
        outcome[size] = (byte) outcomeOrdinal;
        platforms[size] = (byte) platformBits;
        size++;
    }

    public int size() {
        return size;
    }

    /** How many reports have no date. */
    public int undated() {
        return undated;
    }

    /** The earliest report date (epoch day), or {@code Integer.MAX_VALUE} when none is dated. */
    int firstDay() {
        return firstDay;
    }

    /** The latest report date (epoch day), or {@code Integer.MIN_VALUE} when none is dated. */
    int lastDay() {
        return lastDay;
    }

    /** The reports counted by their value in one column; built once, on first use. */
    Histogram histogram(Column column) {
        var held = histograms;
        var h = held[column.ordinal()];
        if (h == null) {
            var count = new int[column.values];
            var first = new int[column.values];
            for (int i = size - 1; i >= 0; i--) {
                int v = switch (column) {
                    case WHOLE -> 0;
                    case AGE -> age[i] + 1;
                    case GENDER -> gender[i];
                    case OUTCOME -> outcome[i];
                    case PLATFORMS -> platforms[i] & 0xff;
                };
                count[v]++;
                first[v] = i;
            }
            h = new Histogram(count, first);
            held[column.ordinal()] = h;
        }
        return h;
    }

    int day(int i) {
        return day[i];
    }

    int age(int i) {
        return age[i];
    }

    int gender(int i) {
        return gender[i];
    }

    int outcome(int i) {
        return outcome[i];
    }

    int platforms(int i) {
        return platforms[i];
    }
}
