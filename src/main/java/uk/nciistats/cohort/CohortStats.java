package uk.nciistats.cohort;

import java.util.List;

/**
 * An answer as the caller may see it: true bounds for an ANALYST, perturbed and possibly withheld
 * figures for a VIEWER (§10).
 */
public record CohortStats(Count total, List<Row> rows, List<String> notes) {

    /** A count as shown: {@code bounds} null when withheld; {@code exact} never true for a perturbed one. */
    public record Count(Bounds bounds, boolean exact) {
        public static final Count WITHHELD = new Count(null, false);

        /** A true count, exact when its bounds meet. */
        public static Count of(Bounds bounds) {
            return new Count(bounds, bounds.exact());
        }

        public boolean suppressed() {
            return bounds == null;
        }
    }

    /** One row: its grouping keys (see {@link CohortAnswer.Row}), its count, its share (null where undefined or withheld). */
    public record Row(List<Object> keys, Count count, CohortAnswer.Share share) {
    }
}
