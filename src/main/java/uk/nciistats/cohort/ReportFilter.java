package uk.nciistats.cohort;

import uk.nciistats.returns.Gender;
import uk.nciistats.returns.Outcome;
import uk.nciistats.returns.Platform;

import java.util.EnumSet;

/**
 * What a question asks of each report (§2): its window of days ({@code from..to}, §3) and its
 * filters on age (§4), outcome, gender and platforms (§7). A filter left out is null.
 */
final class ReportFilter {
    private static final Outcome[] OUTCOMES = Outcome.values();
    private static final Gender[] GENDERS = Gender.values();

    /** The window's first epoch day, {@link Period#OPEN_START} when {@code from} is left out. */
    final int windowStart;
    /** The window's last epoch day, {@link Period#OPEN_END} when {@code to} is left out. */
    final int windowEnd;
    /** The union of the {@code ageBands} filter's bands; null when ages are not filtered. */
    final AgeSet ages;
    final EnumSet<Outcome> outcomes;
    final EnumSet<Gender> genders;
    /** The {@code platforms} filter as asked, read against published PLATFORM cells. */
    final EnumSet<Platform> platforms;
    /** The {@code platforms} filter as a report's platform bits, read against reports; 0 when left out. */
    final int platformBits;

    ReportFilter(CohortQuestion question) {
        this.windowStart = question.from() == null ? Period.OPEN_START : (int) question.from().toEpochDay();
        this.windowEnd = question.to() == null ? Period.OPEN_END : (int) question.to().toEpochDay();
        this.ages = question.ageFilter() == null ? null : AgeSet.of(question.ageFilter());
        this.outcomes = question.outcomes();
        this.genders = question.genders();
        this.platforms = question.platforms();
        this.platformBits = question.platforms() == null ? 0 : Platform.bits(question.platforms());
    }

    /** Whether some filter reads a report's own values (its age, outcome, gender or platforms). */
    boolean readsReports() {
        return ages != null || outcomes != null || genders != null || platformBits != 0;
    }

    /** Whether report {@code i} passes the filters on age, outcome, gender and platforms (not the dates). */
    boolean passes(ReportColumns reports, int i) {
        if (ages != null) {
            int age = reports.age(i);
            if (age < 0 || !ages.contains(age)) {
                return false;
            }
        }
        if (outcomes != null && !outcomes.contains(OUTCOMES[reports.outcome(i)])) {
            return false;
        }
        if (genders != null && !genders.contains(GENDERS[reports.gender(i)])) {
            return false;
        }
        return platformBits == 0 || (reports.platforms(i) & platformBits) != 0;
    }

    /** How the return's period lies against the window, which says how its undated reports count (§3). */
    Period.Relation periodOf(ReturnFacts r) {
        return Period.relation(r.startDay(), r.endDay(), windowStart, windowEnd);
    }
}
