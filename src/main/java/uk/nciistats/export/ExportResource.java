package uk.nciistats.export;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import uk.nciistats.returns.Granularity;
import uk.nciistats.returns.ReturnCriteria;
import uk.nciistats.returns.ReturnStatus;

import java.util.List;
import java.util.Set;

/**
 * CSV downloads under {@code /api/export}: cohort rows, record-level reports (streamed) and returns.
 * Bad parameters are refused as JSON before any CSV is written ({@code infrastructure.ApiRefusals}).
 */
@Path("export")
@RequestScoped
public class ExportResource {
    static final String CSV = "text/csv; charset=UTF-8; header=present";
    /** The parameters of returns.csv: the fields of GraphQL's {@code ReturnFilter}. */
    static final Set<String> RETURN_PARAMETERS = Set.of("forces", "statuses", "granularity", "from", "to");

    private final CohortExport cohorts;
    private final ReportExport reports;
    private final ReturnsCsv returns;

    @Inject
    public ExportResource(CohortExport cohorts, ReportExport reports, ReturnsCsv returns) {
        this.cohorts = cohorts;
        this.reports = reports;
        this.returns = returns;
    }

    protected ExportResource() {
        this(null, null, null);
    }

    @GET
    @Path("cohort.csv")
    public Response cohort(@Context UriInfo uri) {
        var table = cohorts.table(CohortParameters.query(uri.getRequestUri().getRawQuery()));
        return download(out -> CohortCsv.write(table, out), CohortCsv.fileName(table));
    }

    @GET
    @Path("reports.csv")
    public Response reports(@Context UriInfo uri) {
        var selection = reports.select(CohortParameters.query(uri.getRequestUri().getRawQuery()));
        return download(out -> ReportExport.writeCsv(selection, out), "ncii-reports.csv");
    }

    @GET
    @Path("returns.csv")
    public Response returns(@Context UriInfo uri) {
        var criteria = returns.checked(returnCriteria(CohortParameters.of(
                CohortParameters.query(uri.getRequestUri().getRawQuery()), RETURN_PARAMETERS)));
        return download(out -> returns.write(criteria, out), "ncii-returns.csv");
    }

    /** The parameters as the criteria of a returns listing; their rules are the listing's own. */
    private static ReturnCriteria returnCriteria(CohortParameters p) {
        var statuses = p.list("statuses") == null ? null : p.list("statuses").stream()
                .map(s -> CohortParameters.name(s, "filter.statuses", ReturnStatus.class)).toList();
        var granularity = p.one("granularity", "filter.granularity") == null ? null
                : CohortParameters.name(p.one("granularity", "filter.granularity"), "filter.granularity", Granularity.class);
        return new ReturnCriteria(p.list("forces"), statuses, granularity, p.date("from", "filter.from"),
                p.date("to", "filter.to"));
    }

    static Response download(StreamingOutput body, String fileName) {
        return Response.ok(body, CSV)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
