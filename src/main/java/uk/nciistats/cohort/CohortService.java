package uk.nciistats.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.nciistats.returns.ReturnStatus;
import uk.nciistats.security.CallerContext;
import uk.nciistats.security.Role;

import java.util.Set;

/**
 * Cohort and age statistics for the signed-in caller. VIEWERs see PUBLISHED returns only, under
 * disclosure control; ANALYSTs and above see every status and exact small numbers.
 */
@ApplicationScoped
public class CohortService {
    private final CohortIndex index;
    private final CallerContext callers;
    private final Disclosure disclosure;

    @Inject
    public CohortService(CohortIndex index, CallerContext callers,
                         @ConfigProperty(name = "ncii.disclosure.threshold", defaultValue = "5") int threshold) {
        this.index = index;
        this.callers = callers;
        this.disclosure = new Disclosure(threshold);
    }

    protected CohortService() {
        this.index = null;
        this.callers = null;
        this.disclosure = null;
    }

    public CohortStats cohortStats(CohortQuestion question) {
        boolean viewer = !asksAsAnalyst();
        var q = viewer ? question.onlyStatuses(Set.of(ReturnStatus.PUBLISHED)) : question;
        var answer = CohortEngine.answer(q, index.current(), viewer ? disclosure.wording() : Long::toString);
        if (!viewer) {
            return new CohortStats(answer.total(), false,
                    answer.rows().stream().map(r -> new Disclosure.Shown(r, false)).toList(), answer.notes());
        }
        return new CohortStats(answer.total(), disclosure.withheld(answer.total()), disclosure.rows(answer.rows()),
                answer.notes());
    }

    public AgeStats ageStats(CohortQuestion question) {
        boolean viewer = !asksAsAnalyst();
        var q = viewer ? question.onlyStatuses(Set.of(ReturnStatus.PUBLISHED)) : question;
        var stats = AgeStats.of(q, index.current());
        return viewer ? stats.forViewer(disclosure) : stats;
    }

    private boolean asksAsAnalyst() {
        var caller = callers.current();
        caller.require(Role.VIEWER, "ask for statistics");
        return caller.may(Role.ANALYST);
    }
}
