package uk.nciistats.cohort;

import java.util.List;

/**
 * The answer to a cohort question as the data proves it: the total, one row per cell with
 * {@code high > 0}, and notes. Every figure carries its cell key (§10) for disclosure control.
 */
public record CohortAnswer(Figure total, List<Row> rows, List<String> notes) {

    /** A count and its cell key: the sum mod 256 of the keys of everything counted in it. */
    public record Figure(Bounds count, int cellKey) {
    }

    /**
     * One cell. {@code keys} hold one value per grouping dimension, in the question's order: a force
     * code, a region, a {@code Country}, a period label, an {@code AgeRange} (null for UNKNOWN), an
     * {@code Outcome}, a platform name or NONE, a {@code Gender}. {@code base} is the figure its share
     * is of (its parent, or the parent's known part); {@code share} and {@code base} are null where the
     * semantics say so.
     */
    public record Row(List<Object> keys, Figure count, Figure base, Share share) {
    }

    /** A share of a base, as bounds. */
    public record Share(double low, double high) {
    }
}
