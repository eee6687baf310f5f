package uk.nciistats.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.nciistats.cohort.CohortQuestion;
import uk.nciistats.cohort.AskedQuestion;
import uk.nciistats.cohort.CohortQuestionRules;
import uk.nciistats.errors.ValidationException;
import uk.nciistats.infrastructure.CsvWriter;
import uk.nciistats.returns.AgeRange;
import uk.nciistats.returns.ReportCondition;
import uk.nciistats.returns.ReportCondition.Compare;
import uk.nciistats.returns.ReportCondition.Field;
import uk.nciistats.returns.ReportCondition.Op;
import uk.nciistats.returns.ReportListing;
import uk.nciistats.returns.ReportOrder;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Record-level reports as CSV (ANALYST and above), for the filter parameters of a cohort question
 * (checked by {@link CohortQuestionRules}, so a bad one is refused with the same error) and an optional
 * {@code orderBy=REPORTED_ON:DESC,VICTIM_AGE}. {@code from} and {@code to} select reports by the day
 * they were reported, leaving undated reports out. The first six columns are those of the
 * interchange format's reports.csv.
 */
@ApplicationScoped
public class ReportExport {
    public static final Set<String> PARAMETERS = CohortExport.union(CohortParameters.FILTER, Set.of("orderBy"));
    static final List<String> HEADER = List.of("return_ref", "reported_on", "victim_age", "victim_gender", "platforms",
            "outcome", "force_code", "return_status", "home_office_outcome", "report_id");

    private final CohortQuestionRules questions;
    private final ReportListing listing;

    @Inject
    public ReportExport(CohortQuestionRules questions, ReportListing listing) {
        this.questions = questions;
        this.listing = listing;
    }

    protected ReportExport() {
        this(null, null);
    }

    /** The reports the parameters select; refuses bad parameters and callers below ANALYST now, before any output. */
    public ReportListing.Selection select(Map<String, List<String>> parameters) {
        var given = CohortParameters.of(parameters, PARAMETERS);
        var question = questions.question(AskedQuestion.filtered(given.asked().filter()));
        return listing.select(condition(question), order(given.list("orderBy")));
    }

    /** Writes the selection as CSV with its header row; answers how many reports were written. */
    public static long writeCsv(ReportListing.Selection selection, OutputStream out) throws IOException {
        var csv = new CsvWriter(out);
        csv.row(HEADER);
        long count = selection.forEach(r -> csv.row(Arrays.asList(r.returnRef(), r.reportedOn(),
                r.victimAge(), r.victimGender(), r.platforms().stream().map(Enum::name).collect(Collectors.joining(";")),
                r.outcome(), r.forceCode(), r.returnStatus(), r.homeOfficeOutcome(), r.id())));
        csv.flush();
        return count;
    }

    static ReportCondition condition(CohortQuestion q) {
        var all = new ArrayList<ReportCondition>();
        in(all, Field.FORCE_CODE, q.forces());
        in(all, Field.REGION, q.regions());
        in(all, Field.COUNTRY, q.countries() == null ? null : q.countries().stream().map(Enum::name).toList());
        in(all, Field.OFFENCE_CODE, q.offences());
        in(all, Field.RETURN_STATUS, q.statuses());
        in(all, Field.OUTCOME, q.outcomes());
        in(all, Field.PLATFORM, q.platforms());
        in(all, Field.VICTIM_GENDER, q.genders());
        if (q.from() != null) {
            all.add(new Compare(Field.REPORTED_ON, Op.GTE, q.from()));
        }
        if (q.to() != null) {
            all.add(new Compare(Field.REPORTED_ON, Op.LTE, q.to()));
        }
        if (q.ageFilter() != null) {
            all.add(new ReportCondition.Or(q.ageFilter().stream().map(ReportExport::aged).toList()));
        }
        return new ReportCondition.And(all);
    }

    private static ReportCondition aged(AgeRange band) {
        return new ReportCondition.And(List.of(new Compare(Field.VICTIM_AGE, Op.GTE, band.min()),
                new Compare(Field.VICTIM_AGE, Op.LTE, band.max())));
    }

    private static void in(List<ReportCondition> all, Field field, Collection<?> values) {
        if (values != null) {
            all.add(new Compare(field, Op.IN, List.copyOf(values)));
        }
    }

    static List<ReportOrder> order(List<String> keys) {
        if (keys == null) {
            return List.of();
        }
        var order = new ArrayList<ReportOrder>();
        for (var key : keys) {
            var parts = key.split(":", 2);
            boolean descending = parts.length == 2 && parts[1].equalsIgnoreCase("DESC");
            if (parts.length == 2 && !descending && !parts[1].equalsIgnoreCase("ASC")) {
                throw new ValidationException("orderBy", "'" + key + "': a direction is ASC or DESC");
            }
            order.add(new ReportOrder(CohortParameters.name(parts[0], "orderBy", ReportOrder.Key.class), descending));
        }
        return order;
    }
}
