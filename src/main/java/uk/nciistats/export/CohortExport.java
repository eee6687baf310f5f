package uk.nciistats.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.nciistats.cohort.AskedQuestion;
import uk.nciistats.cohort.CohortQuestionRules;
import uk.nciistats.cohort.CohortService;
import uk.nciistats.reference.ReferenceCatalog;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Answers a cohort question written as URL parameters with a flat table, through the same
 * rules ({@link CohortQuestionRules}) and the same service, roles and disclosure control
 * ({@link CohortService}) as GraphQL's {@code cohortStats}.
 */
@ApplicationScoped
public class CohortExport {
    /** Every parameter of a cohort question. */
    public static final Set<String> PARAMETERS = union(CohortParameters.FILTER, CohortParameters.SHAPE);

    private final CohortQuestionRules questions;
    private final CohortService cohorts;
    private final ReferenceCatalog catalog;

    @Inject
    public CohortExport(CohortQuestionRules questions, CohortService cohorts, ReferenceCatalog catalog) {
        this.questions = questions;
        this.cohorts = cohorts;
        this.catalog = catalog;
    }

    protected CohortExport() {
        this(null, null, null);
    }

    public CohortTable table(Map<String, List<String>> parameters) {
        return table(CohortParameters.of(parameters, PARAMETERS).asked());
    }

    public CohortTable table(AskedQuestion asked) {
        var question = questions.question(asked);
        return CohortTable.of(question, cohorts.cohortStats(question), catalog);
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        var all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
