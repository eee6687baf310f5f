package uk.nciistats.cohort;

import com.github.benmanes.caffeine.cache.Cache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.nciistats.infrastructure.Caches;
import uk.nciistats.reference.ReferenceCatalog;
import uk.nciistats.returns.ReturnStatus;
import uk.nciistats.security.CallerContext;
import uk.nciistats.security.Role;

import java.util.Collection;
import java.util.Set;

/**
 * Cohort and age statistics for the signed-in caller. VIEWERs see PUBLISHED returns only, perturbed
 * by the cell key method ({@link Disclosure}); ANALYSTs and above see every status and true values.
 */
@ApplicationScoped
public class CohortService {
    private final CohortIndex index;
    private final CallerContext callers;
    private final Disclosure disclosure;
    private final ReferenceCatalog catalog;
    private final Cache<Asked, CohortStats> answered = Caches.bounded(ANSWERS_KEPT);

    /** Answers are kept per question, audience and facts generation: any write starts a new generation. */
    private record Asked(long generation, CohortQuestion question, boolean viewer) {
    }

    private static final int ANSWERS_KEPT = 256;

    @Inject
    public CohortService(CohortIndex index, CallerContext callers, ReferenceCatalog catalog,
                         @ConfigProperty(name = "ncii.disclosure.threshold", defaultValue = "5") int threshold,
                         @ConfigProperty(name = "ncii.disclosure.maxNoise", defaultValue = "2") int maxNoise,
                         @ConfigProperty(name = "ncii.disclosure.table", defaultValue = PerturbationTable.DEFAULT)
                         String table) {
        this.index = index;
        this.callers = callers;
        this.catalog = catalog;
        this.disclosure = new Disclosure(PerturbationTable.parse(table, maxNoise), threshold);
    }

    protected CohortService() {
        this.index = null;
        this.callers = null;
        this.catalog = null;
        this.disclosure = null;
    }

    public CohortStats cohortStats(CohortQuestion question) {
        boolean viewer = !asksAsAnalyst();
        var q = viewer ? question.onlyStatuses(Set.of(ReturnStatus.PUBLISHED)) : question;
        var facts = index.current();
        var asked = new Asked(facts.generation(), q, viewer);
        var known = answered.getIfPresent(asked);
        if (known != null) {
            return known;
        }
        var stats = answer(q, facts.returns(), viewer);
        answered.put(asked, stats);
        return stats;
    }

    private CohortStats answer(CohortQuestion q, Collection<ReturnFacts> returns, boolean viewer) {
        var answer = CohortEngine.answer(q, returns, !viewer);
        var shown = viewer ? disclosure.stats(answer) : new CohortStats(CohortStats.Count.of(answer.total().count()),
                answer.rows().stream().map(r -> new CohortStats.Row(r.keys(), CohortStats.Count.of(r.count().count()),
                        r.share(), null)).toList(), answer.notes(), null);
        return shown.covering(new CoveredDays(q, returns, catalog, viewer ? Set.of(ReturnStatus.PUBLISHED) : null));
    }

    public AgeStats ageStats(CohortQuestion question) {
        boolean viewer = !asksAsAnalyst();
        var q = viewer ? question.onlyStatuses(Set.of(ReturnStatus.PUBLISHED)) : question;
        var returns = index.current().returns();
        var truth = AgeStats.truth(q, returns);
        var total = CohortEngine.answer(q.ungrouped(), returns, !viewer).total();
        return viewer ? disclosure.ages(truth, total) : AgeStats.exact(truth, total.count());
    }

    /** What every VIEWER's answer notes about public figures: how much they are perturbed and which are withheld. */
    public String publicFiguresNote() {
        return disclosure.note();
    }

    private boolean asksAsAnalyst() {
        var caller = callers.current();
        caller.require(Role.VIEWER, "ask for statistics");
        return caller.may(Role.ANALYST);
    }
}
