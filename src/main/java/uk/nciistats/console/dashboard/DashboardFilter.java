package uk.nciistats.console.dashboard;

import uk.nciistats.cohort.AskedQuestion;
import uk.nciistats.reference.Force;
import uk.nciistats.reference.Offence;
import uk.nciistats.returns.ReturnStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the dashboard's filters say: the forces, region, period, offence and statuses of a
 * {@code cohortStats} filter. An empty choice does not restrict.
 */
public record DashboardFilter(Set<Force> forces, String region, LocalDate from, LocalDate to, Offence offence,
                              Set<ReturnStatus> statuses) {

    public static final DashboardFilter EVERYTHING = new DashboardFilter(Set.of(), null, null, null, null, Set.of());

    public DashboardFilter {
        forces = forces == null ? Set.of() : Set.copyOf(forces);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    /** The filter as {@code cohortStats} takes it; what is left empty is left out. */
    public AskedQuestion.Filter asked() {
        return new AskedQuestion.Filter(forces.isEmpty() ? null : forces.stream().map(Force::code).sorted().toList(),
                region == null ? null : List.of(region), null, offence == null ? null : List.of(offence.code()), from, to,
                null, null, null, null, statuses.isEmpty() ? null : statuses.stream().sorted().toList());
    }
}
