package uk.nciistats.cohort;

import java.util.Arrays;

/**
 * The reports of one RECORDS return, column by column in primitive arrays (about 10 bytes a report),
 * so a question scans them without touching the database. Unknown date: {@link #NO_DATE}; unknown
 * age: -1. Added in order of date, a window's reports are a range, and a question that reads one
 * column only counts them from that column's running counts instead of one by one. Each report's
 * disclosure-control key (§10) is kept beside it, and running sums of keys beside the counts.
 */
public final class ReportColumns {
    public static final int NO_DATE = Integer.MIN_VALUE;

    /** A column that can be counted value by value; {@code WHOLE} puts every report in one bucket. */
    enum Column {
        WHOLE(1), AGE(122), GENDER(8), OUTCOME(8), PLATFORMS(64);

        final int values;

        Column(int values) {
            this.values = values;
        }
    }

    /** How often a running count of each column's values is written down, in reports. */
    static final int STEP = 256;

    /**
     * One column's running counts: {@code marks[k * values + v]} reports among the first
     * {@code k * STEP} have value {@code v}, and their keys sum to {@code keyMarks[k * values + v]}
     * (mod 256); {@code first[v]} is a report that has it.
     */
    private record Summary(int[] marks, int[] keyMarks, int[] first) {
    }

    /** How many reports have each value of a column, and the sum of their keys mod 256, by value. */
    record Histogram(int[] counts, int[] keys) {
    }

    private int size;
    private int undated;
    private boolean byDay = true;
    private volatile Summary[] summaries = new Summary[Column.values().length];
    private int[] day;
    private byte[] age;
    private byte[] gender;
    private byte[] outcome;
    private byte[] platforms;
    private byte[] key;

    public ReportColumns(int capacity) {
        int c = Math.max(capacity, 4);
        day = new int[c];
        age = new byte[c];
        gender = new byte[c];
        outcome = new byte[c];
        platforms = new byte[c];
        key = new byte[c];
    }

    /**
     * Adds one report: epoch day or {@link #NO_DATE}, age or -1, enum ordinals, platform bits, and its
     * disclosure-control key 0–255.
     */
    public void add(int epochDay, int victimAge, int genderOrdinal, int outcomeOrdinal, int platformBits, int recordKey) {
        if (size == day.length) {
            int c = size * 2;
            day = Arrays.copyOf(day, c);
            age = Arrays.copyOf(age, c);
            gender = Arrays.copyOf(gender, c);
            outcome = Arrays.copyOf(outcome, c);
            platforms = Arrays.copyOf(platforms, c);
            key = Arrays.copyOf(key, c);
        }
        if (epochDay == NO_DATE) {
            undated++;
        }
        if (size > 0 && epochDay < day[size - 1]) {
            byDay = false;
        }
        summaries = new Summary[Column.values().length];
        day[size] = epochDay;
        age[size] = (byte) victimAge;
        gender[size] = (byte) genderOrdinal;
        outcome[size] = (byte) outcomeOrdinal;
        platforms[size] = (byte) platformBits;
        key[size] = (byte) recordKey;
        size++;
    }

    public int size() {
        return size;
    }

    /** How many reports have no date. */
    public int undated() {
        return undated;
    }

    /**
     * Whether the reports were added in order of date, undated first (as the index loads them): then
     * the undated are reports {@code [0, undated())} and the reports of a window of days are a range.
     */
    boolean byDay() {
        return byDay;
    }

    /** In reports added by day: the first report dated after {@code lastDay}, or {@code size()}. */
    int after(int lastDay) {
        int lo = undated;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (day[mid] <= lastDay) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** In reports added by day: the first report dated on or after {@code firstDay}, or {@code size()}. */
    int from(int firstDay) {
        return firstDay == Integer.MIN_VALUE ? undated : after(firstDay - 1);
    }

    /** How many of the reports {@code [from, to)} have each value of the column, and their keys' sum. */
    Histogram histogram(Column column, int from, int to) {
        var summary = summary(column);
        var h = new Histogram(new int[column.values], new int[column.values]);
        countBefore(column, summary, to, h, 1);
        countBefore(column, summary, from, h, -1);
        for (int v = 0; v < column.values; v++) {
            h.keys()[v] &= 0xff;
        }
        return h;
    }

    /** A report that has the value in the column (one that {@link #histogram} counted). */
    int reportWith(Column column, int value) {
        return summary(column).first()[value];
    }

    private void countBefore(Column column, Summary summary, int end, Histogram h, int sign) {
        int k = end / STEP;
        for (int v = 0; v < column.values; v++) {
            h.counts()[v] += sign * summary.marks()[k * column.values + v];
            h.keys()[v] += sign * summary.keyMarks()[k * column.values + v];
        }
        for (int i = k * STEP; i < end; i++) {
            int v = value(column, i);
            h.counts()[v] += sign;
            h.keys()[v] += sign * key(i);
        }
    }

    private int value(Column column, int i) {
        return switch (column) {
            case WHOLE -> 0;
            case AGE -> age[i] + 1;
            case GENDER -> gender[i];
            case OUTCOME -> outcome[i];
            case PLATFORMS -> platforms[i] & 0x3f;
        };
    }

    /** One column's running counts, built on first use (about 2 bytes a report for ages). */
    private Summary summary(Column column) {
        var held = summaries;
        var summary = held[column.ordinal()];
        if (summary == null) {
            var marks = new int[(size / STEP + 1) * column.values];
            var keyMarks = new int[marks.length];
            var first = new int[column.values];
            var running = new int[column.values];
            var runningKeys = new int[column.values];
            for (int i = 0; i < size; i++) {
                if (i % STEP == 0) {
                    System.arraycopy(running, 0, marks, i / STEP * column.values, column.values);
                    System.arraycopy(runningKeys, 0, keyMarks, i / STEP * column.values, column.values);
                }
                int v = value(column, i);
                if (running[v]++ == 0) {
                    first[v] = i;
                }
                runningKeys[v] = (runningKeys[v] + key(i)) & 0xff;
            }
            if (size % STEP == 0) {
                System.arraycopy(running, 0, marks, size / STEP * column.values, column.values);
                System.arraycopy(runningKeys, 0, keyMarks, size / STEP * column.values, column.values);
            }
            summary = new Summary(marks, keyMarks, first);
            held[column.ordinal()] = summary;
        }
        return summary;
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

    /** The report's disclosure-control key, 0–255. */
    int key(int i) {
        return key[i] & 0xff;
    }
}
