package uk.nciistats.export.odata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.nciistats.errors.ValidationException;
import uk.nciistats.export.CohortExport;
import uk.nciistats.export.CohortParameters;
import uk.nciistats.export.CohortTable;
import uk.nciistats.reference.Force;
import uk.nciistats.reference.ReferenceCatalog;
import uk.nciistats.returns.ReturnCriteria;
import uk.nciistats.returns.ReturnService;
import uk.nciistats.returns.StoredReturn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rows of each entity set, as property name to value, for the signed-in caller: forces for
 * everyone; returns for ANALYST and above (a VIEWER sees no returns list); cohort rows through
 * {@link CohortExport}, so with the same validation, roles and disclosure control as GraphQL.
 */
@ApplicationScoped
public class FeedRows {
    /** The question CohortRows answers when the feed URL does not say how to group. */
    static final List<String> DEFAULT_GROUP_BY = List.of("FORCE", "YEAR");
    private static final int PAGE = 500;

    private final ReferenceCatalog catalog;
    private final ReturnService returns;
    private final CohortExport cohorts;

    @Inject
    public FeedRows(ReferenceCatalog catalog, ReturnService returns, CohortExport cohorts) {
        this.catalog = catalog;
        this.returns = returns;
        this.cohorts = cohorts;
    }

    protected FeedRows() {
        this(null, null, null);
    }

    /** The rows of a set; {@code options} are the URL's custom query options (the cohort question). */
    List<Map<String, Object>> rows(FeedModel.EntitySet set, Map<String, List<String>> options) {
        if (set != FeedModel.COHORT_ROWS && !options.isEmpty()) {
            var option = options.keySet().iterator().next();
            throw new ValidationException(option, set.name() + " takes no option '" + option
                    + "': choose its rows with $filter (custom options ask the cohort question of CohortRows)");
        }
        if (set == FeedModel.FORCES) {
            return catalog.forces(null, null).stream().map(FeedRows::force).toList();
        }
        if (set == FeedModel.RETURNS) {
            return allReturns().stream().map(this::dataReturn).toList();
        }
        return cohortRows(options);
    }

    private static Map<String, Object> force(Force f) {
        return row("Code", f.code(), "Name", f.name(), "ShortName", f.shortName(), "Country", f.country().name(),
                "Region", f.region());
    }

    private List<StoredReturn> allReturns() {
        var all = new ArrayList<StoredReturn>();
        Long after = null;
        List<StoredReturn> page;
        do {
            page = returns.page(ReturnCriteria.all(), after, PAGE);
            all.addAll(page);
            after = page.isEmpty() ? after : page.get(page.size() - 1).id();
        } while (page.size() == PAGE);
        return all;
    }

    private Map<String, Object> dataReturn(StoredReturn r) {
        return row("Id", r.id(), "Ref", r.ref(), "ForceCode", r.forceCode(),
                "ForceName", catalog.force(r.forceCode()).map(Force::name).orElse(null), "OffenceCode", r.offenceCode(),
                "PeriodStart", r.periodStart(), "PeriodEnd", r.periodEnd(), "Granularity", r.granularity().name(),
                "Source", r.source(), "ReceivedOn", r.receivedOn(), "Status", r.status().name(), "Version", r.version(),
                "Total", r.total());
    }

    private List<Map<String, Object>> cohortRows(Map<String, List<String>> options) {
        var asked = CohortParameters.of(options, CohortExport.PARAMETERS).asked();
        if (asked.groupBy() == null) {
            asked = CohortParameters.of(withDefaultGrouping(options), CohortExport.PARAMETERS).asked();
        }
        return cohorts.table(asked).rows().stream().map(FeedRows::cohortRow).toList();
    }

    private static Map<String, List<String>> withDefaultGrouping(Map<String, List<String>> options) {
        var all = new LinkedHashMap<>(options);
        all.put("groupBy", DEFAULT_GROUP_BY);
        return all;
    }

    private static Map<String, Object> cohortRow(CohortTable.Row r) {
        var key = Stream.of(r.forceCode(), r.region(), r.country(), r.period(), r.ageBand(), r.outcome(), r.platform(),
                r.gender()).filter(Objects::nonNull).collect(Collectors.joining("|"));
        return row("Key", key.isEmpty() ? "TOTAL" : key, "ForceCode", r.forceCode(), "ForceName", r.forceName(),
                "Region", r.region(), "Country", r.country(), "Period", r.period(), "PeriodStart", r.periodStart(),
                "AgeBand", r.ageBand(), "AgeMin", r.ageMin(), "AgeMax", r.ageMax(), "Outcome", r.outcome(),
                "Platform", r.platform(), "Gender", r.gender(), "Low", r.low(), "High", r.high(), "Exact", r.exact(),
                "Suppressed", r.suppressed(), "ShareLow", r.shareLow(), "ShareHigh", r.shareHigh(),
                "ForcesInScope", r.forcesInScope(), "ForcesCovered", r.forcesCovered());
    }

    private static Map<String, Object> row(Object... namesAndValues) {
        var row = new LinkedHashMap<String, Object>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            row.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return row;
    }
}
