package uk.nciistats.console.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.nciistats.cohort.AskedQuestion;
import uk.nciistats.cohort.CohortQuestionRules;
import uk.nciistats.cohort.CohortService;
import uk.nciistats.export.CohortCsv;
import uk.nciistats.export.CohortTable;
import uk.nciistats.reference.Force;
import uk.nciistats.reference.ReferenceCatalog;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The dashboard's figures: each chart is one {@code cohortStats} question, built by the same
 * rules as GraphQL's ({@link CohortQuestionRules}), answered by the same service for the signed-in
 * caller ({@link CohortService}: a VIEWER's figures perturbed and withheld, an ANALYST's true
 * bounds) and laid out as the cohort export's table ({@link CohortTable}), so the chart, its table
 * and its CSV show what {@code /api/export/cohort.csv} gives for the same question.
 */
@ApplicationScoped
public class DashboardFigures {
    private final CohortQuestionRules questions;
    private final CohortService cohorts;
    private final ReferenceCatalog catalog;

    @Inject
    public DashboardFigures(CohortQuestionRules questions, CohortService cohorts, ReferenceCatalog catalog) {
        this.questions = questions;
        this.cohorts = cohorts;
        this.catalog = catalog;
    }

    protected DashboardFigures() {
        this(null, null, null);
    }

    /** The figures of one chart for the filter; a question that cannot be asked is refused with a VALIDATION error. */
    public Figures answer(DashboardFilter filter, Breakdown breakdown) {
        var question = questions.question(new AskedQuestion(filter.asked(), List.of(breakdown.dimension()), null, null));
        var stats = cohorts.cohortStats(question);
        var notes = stats.notes();
        if (!stats.coverage().complete() && !notes.isEmpty()) {
            // CohortStats puts the coverage note first whenever some force in scope is not covered
            notes = notes.subList(1, notes.size());
        }
        var table = CohortTable.of(question, stats, catalog);
        var labels = table.rows().stream().map(row -> breakdown == Breakdown.FORCE
                ? catalog.force(row.forceCode()).map(Force::shortName).orElse(row.forceCode()) : breakdown.label(row)).toList();
        return new Figures(breakdown, table, labels, List.copyOf(notes), stats.coverage());
    }

    /** The note a VIEWER's answers carry about perturbed and withheld figures. */
    public String publicFiguresNote() {
        return cohorts.publicFiguresNote();
    }

    /** Writes the figures as {@code /api/export/cohort.csv} writes the same question. */
    public static void writeCsv(Figures figures, OutputStream out) throws IOException {
        CohortCsv.write(figures.table(), out);
    }

    public static String csvFileName(Figures figures) {
        return CohortCsv.fileName(figures.table());
    }
}
