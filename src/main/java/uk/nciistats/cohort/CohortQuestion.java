package uk.nciistats.cohort;

import uk.nciistats.reference.Country;
import uk.nciistats.returns.AgeRange;
import uk.nciistats.returns.Gender;
import uk.nciistats.returns.Outcome;
import uk.nciistats.returns.Platform;
import uk.nciistats.returns.ReturnStatus;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One analyst's question: which returns (forces, regions, countries, offences, statuses), which
 * reports (dates, ages, outcomes, platforms, genders), grouped how, with which age bands, and shares
 * of what. A filter left null does not restrict. Made and checked by {@link CohortQuestionRules}
 * from an {@link AskedQuestion}.
 */
public record CohortQuestion(Set<String> forces, Set<String> regions, Set<Country> countries, Set<String> offences,
                             Set<ReturnStatus> statuses, LocalDate from, LocalDate to,
                             List<AgeRange> ageFilter, EnumSet<Outcome> outcomes, EnumSet<Platform> platforms,
                             EnumSet<Gender> genders, List<Dimension> groupBy, List<AgeRange> bands,
                             ShareBase shareBase) {

    public static final List<AgeRange> DEFAULT_BANDS = List.of(new AgeRange(0, 17, false), new AgeRange(18, 24, false),
            new AgeRange(25, 34, false), new AgeRange(35, 44, false), new AgeRange(45, AgeRange.OLDEST, true));

    /** Whether the return is one the question asks about (whole-return filters). */
    boolean selects(ReturnFacts r) {
        return (forces == null || forces.contains(r.forceCode()))
                && (regions == null || regions.contains(r.region()))
                && (countries == null || countries.contains(r.country()))
                && (offences == null || offences.contains(r.offenceCode()))
                && (statuses == null || statuses.contains(r.status()));
    }

    /** The same question over these statuses only (a VIEWER sees PUBLISHED returns, whatever he asks). */
    public CohortQuestion onlyStatuses(Set<ReturnStatus> only) {
        return new CohortQuestion(forces, regions, countries, offences, only, from, to, ageFilter, outcomes, platforms,
                genders, groupBy, bands, shareBase);
    }

    /** The same filters without grouping: the question's total. */
    public CohortQuestion ungrouped() {
        return new CohortQuestion(forces, regions, countries, offences, statuses, from, to, ageFilter, outcomes, platforms,
                genders, List.of(), bands, shareBase);
    }
}
