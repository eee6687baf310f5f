package uk.nciistats.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.nciistats.returns.ReturnStatus;
import uk.nciistats.security.CallerContext;
import uk.nciistats.security.Role;

import java.util.LinkedHashMap;
import java.util.Map;
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
    private final Map<Asked, CohortStats> answered = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Asked, CohortStats> eldest) {
            return size() > ANSWERS_KEPT;
        }
    };

    /** Answers are kept per question, audience and facts generation: any write starts a new generation. */
    private record Asked(long generation, CohortQuestion question, boolean viewer) {
    }

    private static final int ANSWERS_KEPT = 256;

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
        var facts = index.current();
        var asked = new Asked(facts.generation(), q, viewer);
        synchronized (answered) {
            var known = answered.get(asked);
            if (known != null) {
                return known;
            }
        }
        var stats = answer(q, facts.returns(), viewer);
        synchronized (answered) {
            answered.put(asked, stats);
        }
        return stats;
    }

    private CohortStats answer(CohortQuestion q, java.util.Collection<ReturnFacts> returns, boolean viewer) {
        var answer = CohortEngine.answer(q, returns, viewer ? disclosure.wording() : Long::toString);
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
        var stats = AgeStats.of(q, index.current().returns());
        return viewer ? stats.forViewer(disclosure) : stats;
    }

    private boolean asksAsAnalyst() {
        var caller = callers.current();
        caller.require(Role.VIEWER, "ask for statistics");
        return caller.may(Role.ANALYST);
    }
}
