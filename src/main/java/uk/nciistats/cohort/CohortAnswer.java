package uk.nciistats.cohort;

import java.util.List;

/** The answer to a cohort question: the total, one row per cell with {@code high > 0}, and notes. */
public record CohortAnswer(Bounds total, List<Row> rows, List<String> notes) {

    /**
     * One cell. {@code keys} hold one value per grouping dimension, in the question's order: a force
     * code, a region, a {@code Country}, a period label, an {@code AgeRange} (null for UNKNOWN), an
     * {@code Outcome}, a platform name or NONE, a {@code Gender}. {@code parent} is the cell with the
     * same keys but the last; {@code share} is null where the semantics say so.
     */
    public record Row(List<Object> keys, Bounds count, Bounds parent, Share share) {
    }

    /** A share of a base, as bounds. */
    public record Share(double low, double high) {
    }
}
