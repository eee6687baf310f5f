package uk.nciistats.cohort;

import java.util.ArrayList;
import java.util.List;

/**
 * Disclosure control for VIEWERs by the cell key method (cohort-semantics §10). Every figure is
 * perturbed by the noise the {@link PerturbationTable} gives for its true value and its cell key (the
 * sum of the keys of everything counted in it): the same contributors always give the same figure,
 * however the question is phrased, and the difference of two figures is not the difference of two
 * true counts. A figure that is not zero but comes out below the threshold is withheld. Shares are
 * computed from perturbed counts; nothing here is ever exact.
 */
public final class Disclosure {
    /** The median is moved by the table's noise at this key, the sum of ages by ten times that at the other. */
    private static final int SUM_KEY_FACTOR = 7;
    private static final int SUM_KEY_OFFSET = 3;
    private static final int MEDIAN_KEY_FACTOR = 11;
    private static final int MEDIAN_KEY_OFFSET = 5;
    private static final int YEARS_PER_UNIT_OF_SUM = 10;
    /** Mean and median age are shown only for at least this many (perturbed) victims. */
    static final int AGES_SHOWN_FROM = 10;

    private final PerturbationTable table;
    private final int threshold;

    public Disclosure(PerturbationTable table, int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("ncii.disclosure.threshold must be at least 1");
        }
        this.table = table;
        this.threshold = threshold;
    }

    /** A cohort answer as a viewer sees it, with the note that says so. */
    CohortStats stats(CohortAnswer answer) {
        var rows = new ArrayList<CohortStats.Row>(answer.rows().size());
        for (var row : answer.rows()) {
            var count = count(row.count());
            CohortAnswer.Share share = null;
            if (row.share() != null && !count.suppressed()) {
                var base = count(row.base());
                share = base.suppressed() ? null : CohortEngine.share(count.bounds(), base.bounds());
            }
            rows.add(new CohortStats.Row(row.keys(), count, share, null));
        }
        var notes = new ArrayList<>(answer.notes());
        notes.add(note());
        return new CohortStats(count(answer.total()), rows, notes, null);
    }

    /**
     * A figure as a viewer sees it: both bounds moved by the same noise, the table's for its high
     * bound and its cell key (a low bound of zero, a figure made of nothing, stays zero); withheld
     * when a bound that is not zero comes out below the threshold.
     */
    CohortStats.Count count(CohortAnswer.Figure figure) {
        var b = figure.count();
        int noise = table.noise(b.high(), figure.cellKey());
        long low = perturbed(b.low(), noise);
        long high = perturbed(b.high(), noise);
        if (low < 0 || high < 0) {
            return CohortStats.Count.WITHHELD;
        }
        return new CohortStats.Count(new Bounds(Math.min(low, high), high), false);
    }

    /** A true value moved by the noise; -1 when it is not zero and comes out below the threshold. */
    private long perturbed(long value, int noise) {
        if (value == 0) {
            return 0;
        }
        long v = Math.max(0, value + noise);
        return v < threshold ? -1 : v;
    }

    /** Age statistics as a viewer sees them (§10); {@code total} is the question's total, unperturbed. */
    AgeStats ages(AgeStats.Truth truth, CohortAnswer.Figure total) {
        int key = truth.cellKey();
        long count = perturbed(truth.count(), table.noise(truth.count(), key));
        if (count < 0) {
            return AgeStats.withheld();
        }
        Double mean = null;
        Double median = null;
        if (count >= AGES_SHOWN_FROM) {
            long n = truth.count();
            long sum = Math.max(0, truth.sum()
                    + (long) YEARS_PER_UNIT_OF_SUM * table.noise(n, SUM_KEY_FACTOR * key + SUM_KEY_OFFSET));
            mean = (double) Math.round((double) sum / count);
            median = (double) Math.round(truth.median() + table.noise(n, MEDIAN_KEY_FACTOR * key + MEDIAN_KEY_OFFSET));
        }
        var shownTotal = count(total);
        Double coverage;
        if (count == 0) {
            coverage = 0.0;
        } else if (shownTotal.suppressed() || shownTotal.bounds().high() == 0) {
            coverage = null;
        } else {
            coverage = Math.min(1.0, (double) count / shownTotal.bounds().high());
        }
        return AgeStats.shown(count, mean, median, coverage);
    }

    /** The note every viewer's answer carries. */
    String note() {
        return "Public figures are perturbed by up to ±" + table.maxNoise() + " to protect individuals (the cell key method):"
                + " the same question always gives the same figure, figures below " + threshold + " are withheld, and"
                + " no figure is exact.";
    }

}
