package uk.nciistats.cohort;

import java.util.List;

/**
 * An answer as the caller may see it: true bounds for an ANALYST, perturbed and possibly withheld
 * figures for a VIEWER (§10); the coverage of the question and of its rows keyed by force, region,
 * country or calendar bucket (§13, null on other rows and before {@link #covering}).
 */
public record CohortStats(Count total, List<Row> rows, List<String> notes, Coverage coverage) {

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

    /**
     * One row: its grouping keys (see {@link CohortAnswer.Row}), its count, its share (null where
     * undefined or withheld), its coverage.
     */
    public record Row(List<Object> keys, Count count, CohortAnswer.Share share, Coverage coverage) {
    }

    /** The same answer with the coverage of the question and of each row, and the note when some force is missing. */
    CohortStats covering(CoveredDays days) {
        var whole = days.whole();
        var covered = rows.stream().map(r -> new Row(r.keys(), r.count(), r.share(), days.row(r.keys()))).toList();
        var note = CoveredDays.note(whole);
        var withNote = new java.util.ArrayList<String>();
        if (note != null) {
            withNote.add(note.substring(0, 1).toUpperCase() + note.substring(1) + ".");
        }
        withNote.addAll(notes);
        return new CohortStats(total, covered, List.copyOf(withNote), whole);
    }
}
