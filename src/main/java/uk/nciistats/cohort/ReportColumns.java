package uk.nciistats.cohort;

import java.util.Arrays;

/**
 * The reports of one RECORDS return, column by column in primitive arrays (about 9 bytes a report),
 * so a question scans them without touching the database. Unknown date: {@link #NO_DATE}; unknown
 * age: -1.
 */
public final class ReportColumns {
    public static final int NO_DATE = Integer.MIN_VALUE;

    private int size;
    private int undated;
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
        }
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
