package uk.nciistats.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import uk.nciistats.errors.NotFoundException;
import uk.nciistats.reference.ReferenceCatalog;
import uk.nciistats.returns.ReturnCriteria;
import uk.nciistats.returns.ReturnService;
import uk.nciistats.returns.ReturnStatus;

import java.util.ArrayList;
import java.util.List;

/** Returns: listing them, and every change to them, their reports and their published cells. */
@GraphQLApi
@ApplicationScoped
public class ReturnApi {
    static final int DEFAULT_PAGE = 50;
    static final int MAX_PAGE = 500;

    private final ReturnService service;
    private final ReferenceCatalog catalog;

    @Inject
    public ReturnApi(ReturnService service, ReferenceCatalog catalog) {
        this.service = service;
        this.catalog = catalog;
    }

    protected ReturnApi() {
        this(null, null);
    }

    @Query("returns")
    @Description("Returns in id order, a page at a time (Relay cursor connection; at most 500 per page).")
    public @NonNull ReturnConnection returns(@Name("filter") ReturnFilter filter, @Name("first") Integer first,
                                             @Name("after") String after) {
        int size = Cursors.pageSize(first, DEFAULT_PAGE, MAX_PAGE);
        Long afterId = after == null ? null : Cursors.decode("return", after);
        var criteria = criteria(filter);
        var page = service.page(criteria, afterId, size + 1);
        var edges = new ArrayList<ReturnConnection.Edge>();
        for (var r : page.subList(0, Math.min(size, page.size()))) {
            edges.add(new ReturnConnection.Edge(Cursors.encode("return", r.id()), new DataReturnView(r)));
        }
        var info = new PageInfo(page.size() > size, afterId != null,
                edges.isEmpty() ? null : edges.get(0).getCursor(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).getCursor());
        return new ReturnConnection(edges, info, service.count(criteria));
    }

    @Mutation("createReturn")
    @Description("Creates a DRAFT return (EDITOR and above).")
    public @NonNull DataReturnView createReturn(@Name("input") @NonNull ReturnInput input) {
        return view(service.create(input.details()));
    }

    @Mutation("updateReturn")
    public @NonNull DataReturnView updateReturn(@Name("id") @Id @NonNull String id,
                                                @Name("expectedVersion") int expectedVersion,
                                                @Name("input") @NonNull ReturnInput input) {
        return view(service.update(returnId(id, "id"), expectedVersion, input.details()));
    }

    @Mutation("deleteReturn")
    public boolean deleteReturn(@Name("id") @Id @NonNull String id, @Name("expectedVersion") int expectedVersion) {
        service.delete(returnId(id, "id"), expectedVersion);
        return true;
    }

    @Mutation("setReturnStatus")
    @Description("DRAFT, VERIFIED (by someone other than the last to change it) or PUBLISHED (ADMIN only).")
    public @NonNull DataReturnView setReturnStatus(@Name("id") @Id @NonNull String id,
                                                   @Name("expectedVersion") int expectedVersion,
                                                   @Name("status") @NonNull ReturnStatus status) {
        return view(service.setStatus(returnId(id, "id"), expectedVersion, status));
    }

    @Mutation("addReports")
    @Description("Adds reports to a RECORDS return; answers how many were stored.")
    public int addReports(@Name("returnId") @Id @NonNull String returnId,
                          @Name("reports") @NonNull List<@NonNull ReportInput> reports) {
        return service.addReports(returnId(returnId, "returnId"), reports.stream().map(ReportInput::details).toList());
    }

    @Mutation("setCounts")
    @Description("Replaces the published cells of an AGGREGATE return (rules of counts.csv).")
    public @NonNull DataReturnView setCounts(@Name("returnId") @Id @NonNull String returnId,
                                             @Name("expectedVersion") int expectedVersion,
                                             @Name("cells") @NonNull List<@NonNull CountCellInput> cells) {
        return view(service.setCounts(returnId(returnId, "returnId"), expectedVersion,
                cells.stream().map(CountCellInput::cell).toList()));
    }

    @Name("force")
    public @NonNull ForceView force(@Source DataReturnView r) {
        return new ForceView(catalog.force(r.forceCode()).orElseThrow());
    }

    @Name("offence")
    public @NonNull OffenceView offence(@Source DataReturnView r) {
        return new OffenceView(catalog.offence(r.offenceCode()).orElseThrow());
    }

    @Name("counts")
    @Description("The published cells of an AGGREGATE return; empty for RECORDS.")
    public List<@NonNull List<@NonNull CountCellView>> counts(@Source List<DataReturnView> returns) {
        return returns.stream().map(r -> r.cells().stream().map(CountCellView::new).toList()).toList();
    }

    private static DataReturnView view(uk.nciistats.returns.StoredReturn r) {
        return new DataReturnView(r);
    }

    /** The filter as the service's criteria, which the service checks ({@link ReturnCriteria#checkedAgainst}). */
    private static ReturnCriteria criteria(ReturnFilter f) {
        return f == null ? ReturnCriteria.all() : new ReturnCriteria(f.forces, f.statuses, f.granularity, f.from, f.to);
    }

    static long returnId(String id, String field) {
        try {
            return Long.parseLong(id.trim());
        } catch (NumberFormatException e) {
            throw new NotFoundException(field, "no return with id '" + id + "'");
        }
    }
}
