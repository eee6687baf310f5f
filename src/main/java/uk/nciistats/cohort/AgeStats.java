package uk.nciistats.cohort;

import java.util.Collection;

/**
 * Statistics of victims' ages (§9) over record-level reports with a known exact age that are
 * certainly in scope; {@code coverage} is their share of the question's total (its high bound).
 * Null fields are withheld or undefined. A VIEWER's are perturbed ({@link Disclosure#ages}).
 */
public record AgeStats(Long count, Integer min, Integer max, Double mean, Double median, Double coverage) {

    /**
     * The ages in scope as they are, before anyone sees them: how many, their sum, youngest, oldest,
     * median, and the cell key of the reports counted (§10).
     */
    record Truth(long count, long sum, int min, int max, double median, int cellKey) {
    }

    static Truth truth(CohortQuestion q, Collection<ReturnFacts> all) {
        var histogram = new long[121];
        long count = 0;
        int key = 0;
        int windowStart = q.from() == null ? Period.OPEN_START : (int) q.from().toEpochDay();
        int windowEnd = q.to() == null ? Period.OPEN_END : (int) q.to().toEpochDay();
        var ageFilter = q.ageFilter() == null ? null : AgeSet.of(q.ageFilter());
        for (var r : all) {
            if (r.reports() == null || !q.selects(r)) {
                continue;
            }
            boolean undatedInScope = Period.relation(r.startDay(), r.endDay(), windowStart, windowEnd) == Period.Relation.INSIDE;
            var cols = r.reports();
            for (int i = 0; i < cols.size(); i++) {
                int age = cols.age(i);
                int day = cols.day(i);
                boolean inScope = day == ReportColumns.NO_DATE ? undatedInScope : day >= windowStart && day <= windowEnd;
                if (age < 0 || !inScope || !passes(q, ageFilter, cols, i)) {
                    continue;
                }
                histogram[age]++;
                count++;
                key = (key + cols.key(i)) & 0xff;
            }
        }
        if (count == 0) {
            return new Truth(0, 0, -1, -1, 0, 0);
        }
        long sum = 0;
        int min = -1;
        int max = -1;
        for (int age = 0; age <= 120; age++) {
            if (histogram[age] > 0) {
                min = min < 0 ? age : min;
                max = age;
                sum += histogram[age] * age;
            }
        }
        double median = (nth(histogram, (count - 1) / 2) + nth(histogram, count / 2)) / 2.0;
        return new Truth(count, sum, min, max, median, key);
    }

    /** The true statistics, as an ANALYST sees them; {@code total} is the question's total. */
    static AgeStats exact(Truth t, Bounds total) {
        double coverage = total.high() == 0 ? 0 : (double) t.count() / total.high();
        if (t.count() == 0) {
            return new AgeStats(0L, null, null, null, null, coverage);
        }
        return new AgeStats(t.count(), t.min(), t.max(), (double) t.sum() / t.count(), t.median(), coverage);
    }

    /** Nothing shown: the count is withheld, and so everything computed from it. */
    static AgeStats withheld() {
        return new AgeStats(null, null, null, null, null, null);
    }

    /** A viewer's statistics: a perturbed count, rounded mean and median or none, never min or max. */
    static AgeStats shown(long count, Double mean, Double median, Double coverage) {
        return new AgeStats(count, null, null, mean, median, coverage);
    }

    private static boolean passes(CohortQuestion q, AgeSet ageFilter, ReportColumns cols, int i) {
        if (ageFilter != null && !ageFilter.contains(cols.age(i))) {
            return false;
        }
        if (q.outcomes() != null && !q.outcomes().contains(uk.nciistats.returns.Outcome.values()[cols.outcome(i)])) {
            return false;
        }
        if (q.genders() != null && !q.genders().contains(uk.nciistats.returns.Gender.values()[cols.gender(i)])) {
            return false;
        }
        return q.platforms() == null || (cols.platforms(i) & uk.nciistats.returns.Platform.bits(q.platforms())) != 0;
    }

    /** The age of the n-th youngest (from 0). */
    private static int nth(long[] histogram, long n) {
        long seen = 0;
        for (int age = 0; age < histogram.length; age++) {
            seen += histogram[age];
            if (seen > n) {
                return age;
            }
        }
        throw new IllegalStateException("fewer ages than " + n);
    }
}
