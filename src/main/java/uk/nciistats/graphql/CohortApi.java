package uk.nciistats.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import uk.nciistats.cohort.AgeStats;
import uk.nciistats.cohort.AskedQuestion;
import uk.nciistats.cohort.CohortQuestionRules;
import uk.nciistats.cohort.CohortService;
import uk.nciistats.cohort.Dimension;
import uk.nciistats.cohort.ShareBase;
import uk.nciistats.reference.Country;
import uk.nciistats.reference.ReferenceCatalog;
import uk.nciistats.returns.AgeRange;
import uk.nciistats.returns.Gender;
import uk.nciistats.returns.Outcome;

import java.util.ArrayList;
import java.util.List;

/** Cohort and age statistics across forces, with exact numbers where the data allows and bounds where not. */
@GraphQLApi
@ApplicationScoped
public class CohortApi {
    private final CohortService service;
    private final CohortQuestionRules questions;
    private final ReferenceCatalog catalog;

    @Inject
    public CohortApi(CohortService service, CohortQuestionRules questions, ReferenceCatalog catalog) {
        this.service = service;
        this.questions = questions;
        this.catalog = catalog;
    }

    protected CohortApi() {
        this(null, null, null);
    }

    @Query("cohortStats")
    @Description("Counts of reports by the asked dimensions, each {low, high, exact}: exact where the data allows, "
            + "proven bounds where a force published coarser bands or periods (see notes).")
    public @NonNull CohortViews.Stats cohortStats(@Name("filter") CohortInputs.CohortFilter filter,
                                                  @Name("groupBy") List<Dimension> groupBy,
                                                  @Name("ageBands") List<CohortInputs.AgeBandInput> ageBands,
                                                  @Name("shareBase") ShareBase shareBase) {
        var question = questions.question(new AskedQuestion(filter == null ? null : filter.filter(), groupBy,
                CohortInputs.bands(ageBands), shareBase));
        var stats = service.cohortStats(question);
        var rows = new ArrayList<CohortViews.Row>();
        for (var shown : stats.rows()) {
            var row = new CohortViews.Row();
            var keys = shown.keys();
            for (int i = 0; i < keys.size(); i++) {
                set(row, question.groupBy().get(i), keys.get(i));
            }
            row.count = new CohortViews.CountView(shown.count());
            row.share = shown.share() == null || question.groupBy().isEmpty() ? null : new CohortViews.ShareView(shown.share());
            row.coverage = CohortViews.CoverageView.of(shown.coverage());
            rows.add(row);
        }
        return new CohortViews.Stats(new CohortViews.CountView(stats.total()), rows, stats.notes(),
                CohortViews.CoverageView.of(stats.coverage()));
    }

    @Query("ageStats")
    @Description("Count, min, max, mean and median of known exact ages of record-level reports certainly in scope.")
    public @NonNull CohortViews.AgeStatsView ageStats(@Name("filter") CohortInputs.CohortFilter filter) {
        var question = questions.question(AskedQuestion.filtered(filter == null ? null : filter.filter()));
        AgeStats stats = service.ageStats(question);
        return new CohortViews.AgeStatsView(stats);
    }

    private void set(CohortViews.Row row, Dimension d, Object key) {
        switch (d) {
            case FORCE -> row.force = new ForceView(catalog.force((String) key).orElseThrow());
            case REGION -> row.region = (String) key;
            case COUNTRY -> row.country = (Country) key;
            case YEAR, QUARTER, MONTH -> row.period = (String) key;
            case AGE_BAND -> row.ageBand = new CohortViews.AgeBandView((AgeRange) key);
            case OUTCOME -> row.outcome = (Outcome) key;
            case PLATFORM -> row.platform = (String) key;
            case GENDER -> row.gender = (Gender) key;
        }
    }
}
