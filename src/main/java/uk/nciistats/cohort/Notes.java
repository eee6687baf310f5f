package uk.nciistats.cohort;

import uk.nciistats.returns.AgeRange;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Plain words on why figures of an answer are ranges: which force, which period, which published
 * bands or unstated reports. Written per return, for the conditions the question actually asks.
 * A VIEWER's notes state no count at all (§10): the same sentences, without the numbers.
 */
final class Notes {
    private final CohortQuestion question;
    private final List<ReturnFacts> returns;
    private final int windowStart;
    private final int windowEnd;
    private final boolean statesCounts;

    Notes(CohortQuestion question, List<ReturnFacts> returns, int windowStart, int windowEnd, boolean statesCounts) {
        this.question = question;
        this.returns = returns;
        this.windowStart = windowStart;
        this.windowEnd = windowEnd;
        this.statesCounts = statesCounts;
    }

    /** {@code n} followed by a space, or nothing when counts are not stated. */
    private String n(long n) {
        return statesCounts ? n + " " : "";
    }

    List<String> write() {
        var notes = new LinkedHashSet<String>();
        for (var r : returns) {
            if (r.reports() != null) {
                records(r, notes);
            } else {
                aggregate(r, notes);
            }
        }
        return new ArrayList<>(notes);
    }

    private void records(ReturnFacts r, LinkedHashSet<String> notes) {
        long undated = r.reports().undated();
        if (undated > 0 && cutsPeriod(r)) {
            notes.add(who(r) + " has " + (statesCounts ? undated + " report(s)" : "reports") + " without a date in a period"
                    + " that the asked dates or calendar buckets cut: each counts as 0 to 1 where the cut falls.");
        }
    }

    private void aggregate(ReturnFacts r, LinkedHashSet<String> notes) {
        var m = r.margins();
        if (m.total() == 0) {
            return;
        }
        if (cutsPeriod(r)) {
            notes.add(who(r) + " published only totals for the whole period, which the asked dates or calendar buckets cut:"
                    + " its " + n(m.total()) + "reports count as 0 to " + (statesCounts ? m.total() : "all of them")
                    + " where the cut falls.");
        }
        if (question.groupBy().contains(Dimension.AGE_BAND) || question.ageFilter() != null) {
            ageNotes(r, m, notes);
        }
        if (question.groupBy().contains(Dimension.OUTCOME) || question.outcomes() != null) {
            unstated(r, "OUTCOME", "an outcome", m.outcomesStated, m.outcomesNotStated(), notes);
        }
        if (question.groupBy().contains(Dimension.GENDER) || question.genders() != null) {
            unstated(r, "GENDER", "a gender", m.gendersStated, m.gendersNotStated(), notes);
        }
        if ((question.groupBy().contains(Dimension.PLATFORM) || question.platforms() != null) && !m.platformsPublished) {
            notes.add(who(r) + " published no PLATFORM figures: each platform counts as 0 to "
                    + (statesCounts ? m.total() : "all of its reports") + ".");
        }
        if (conditionsOf(r) >= 2) {
            notes.add(who(r) + " published each dimension separately, so a cell that combines several conditions is"
                    + " bounded (Fréchet bounds), not counted.");
        }
    }

    private void ageNotes(ReturnFacts r, PublishedMargins m, LinkedHashSet<String> notes) {
        var asked = new ArrayList<AgeRange>();
        if (question.groupBy().contains(Dimension.AGE_BAND)) {
            asked.addAll(question.bands());
        }
        if (question.ageFilter() != null) {
            asked.addAll(question.ageFilter());
        }
        for (var band : m.ageBands()) {
            var straddled = asked.stream().filter(a -> a.overlaps(band.range()) && !a.contains(band.range()))
                    .map(AgeRange::label).distinct().collect(Collectors.joining(", "));
            if (!straddled.isEmpty() && band.count() > 0) {
                notes.add(who(r) + " published the age band " + band.range().label()
                        + (statesCounts ? " (" + band.count() + " reports)" : "")
                        + ", which straddles the asked band " + straddled + ": a published band is never split,"
                        + " so it counts as 0 to " + (statesCounts ? band.count() : "all of its reports") + " there.");
            }
        }
        unstated(r, "AGE", "an age", m.ageStated, m.ageNotStated(), notes);
    }

    private void unstated(ReturnFacts r, String dimension, String what, long stated, long notStated,
                          LinkedHashSet<String> notes) {
        if (notStated <= 0) {
            return;
        }
        if (stated == 0) {
            notes.add(who(r) + " published no " + dimension + " figures: each of its " + n(notStated)
                    + "reports may have any value, so every " + dimension.toLowerCase() + " counts as 0 to "
                    + (statesCounts ? notStated : "all of them") + " more.");
        } else if (statesCounts) {
            notes.add(who(r) + " stated " + what + " for " + stated + " of its " + r.total()
                    + " reports: the other " + notStated + " may have any value, so each "
                    + dimension.toLowerCase() + " counts up to " + notStated + " more.");
        } else {
            notes.add(who(r) + " did not state " + what + " for some of its reports: they may have any value, so each "
                    + dimension.toLowerCase() + " counts up to that many more.");
        }
    }

    private int conditionsOf(ReturnFacts r) {
        int n = cutsPeriod(r) ? 1 : 0;
        if (question.groupBy().contains(Dimension.AGE_BAND) || question.ageFilter() != null) {
            n++;
        }
        if (question.groupBy().contains(Dimension.OUTCOME) || question.outcomes() != null) {
            n++;
        }
        if (question.groupBy().contains(Dimension.GENDER) || question.genders() != null) {
            n++;
        }
        if (question.groupBy().contains(Dimension.PLATFORM) || question.platforms() != null) {
            n++;
        }
        return n;
    }

    /** Whether the date range, or a calendar bucket, cuts the return's period. */
    private boolean cutsPeriod(ReturnFacts r) {
        if (Period.relation(r.startDay(), r.endDay(), windowStart, windowEnd) == Period.Relation.PARTIAL) {
            return true;
        }
        var calendar = question.groupBy().stream().filter(Dimension::calendar).findFirst();
        if (calendar.isEmpty()) {
            return false;
        }
        return Period.ordinal(calendar.get(), r.periodStart()) != Period.ordinal(calendar.get(), r.periodEnd());
    }

    private static String who(ReturnFacts r) {
        return r.forceName() + " (return " + r.ref() + ", " + r.periodStart() + " to " + r.periodEnd() + ")";
    }
}
