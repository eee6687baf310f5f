package uk.nciistats.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.nciistats.infrastructure.CsvWriter;
import uk.nciistats.reference.Force;
import uk.nciistats.reference.ReferenceCatalog;
import uk.nciistats.returns.ReturnCriteria;
import uk.nciistats.returns.ReturnService;
import uk.nciistats.returns.StoredReturn;
import uk.nciistats.security.CallerContext;
import uk.nciistats.security.Role;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

/** The returns of a list (ANALYST and above) as CSV, read a page at a time in id order. */
@ApplicationScoped
public class ReturnsCsv {
    static final List<String> HEADER = List.of("id", "ref", "force_code", "force_name", "offence_code", "period_start",
            "period_end", "granularity", "source", "received_on", "status", "version", "total", "last_changed_by",
            "updated_at");
    private static final int PAGE = 500;

    private final ReturnService returns;
    private final ReferenceCatalog catalog;
    private final CallerContext callers;

    @Inject
    public ReturnsCsv(ReturnService returns, ReferenceCatalog catalog, CallerContext callers) {
        this.returns = returns;
        this.catalog = catalog;
        this.callers = callers;
    }

    protected ReturnsCsv() {
        this(null, null, null);
    }

    /**
     * The criteria, once the caller is known to be an ANALYST or above and the criteria pass the
     * rules every listing of returns passes ({@link ReturnCriteria#checkedAgainst}, as GraphQL's
     * {@code returns}): refused now, before any output (the listing itself checks again).
     */
    public ReturnCriteria checked(ReturnCriteria criteria) {
        callers.current().require(Role.ANALYST, "list returns");
        return criteria.checkedAgainst(catalog);
    }

    public void write(ReturnCriteria criteria, OutputStream out) throws IOException {
        var csv = new CsvWriter(out);
        csv.row(HEADER);
        Long after = null;
        List<StoredReturn> page;
        do {
            page = returns.page(criteria, after, PAGE);
            for (var r : page) {
                csv.row(Arrays.asList(r.id(), r.ref(), r.forceCode(),
                        catalog.force(r.forceCode()).map(Force::name).orElse(null), r.offenceCode(), r.periodStart(),
                        r.periodEnd(), r.granularity(), r.source(), r.receivedOn(), r.status(), r.version(), r.total(),
                        r.lastChangedBy(), r.updatedAt()));
                after = r.id();
            }
        } while (page.size() == PAGE);
        csv.flush();
    }
}
