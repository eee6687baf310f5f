package uk.nciistats.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import uk.nciistats.errors.ValidationException;
import uk.nciistats.returns.ReportSearch;
import uk.nciistats.returns.ReturnService;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Record-level reports (ANALYST and above), filtered by a boolean expression, a page at a time. */
@GraphQLApi
@ApplicationScoped
public class ReportApi {
    static final int DEFAULT_PAGE = 50;

    private final ReportSearch search;
    private final ReturnService returns;
    private final int maxWhereDepth;

    /** {@code ncii.reports.maxWhereDepth}: levels of and, or and not a {@code where} may nest. */
    @Inject
    public ReportApi(ReportSearch search, ReturnService returns,
                     @ConfigProperty(name = "ncii.reports.maxWhereDepth") int maxWhereDepth) {
        this.search = search;
        this.returns = returns;
        this.maxWhereDepth = maxWhereDepth;
    }

    protected ReportApi() {
        this(null, null, 0);
    }

    @Query("reports")
    @Description("Reports matching `where`, in `orderBy` order (then by id); at most 500 per page. Cursors are "
            + "positions in that order: stable while the matching reports do not change.")
    public @NonNull ReportConnection reports(@Name("where") ReportInputs.ReportWhere where,
                                             @Name("orderBy") List<ReportInputs.ReportOrderInput> orderBy,
                                             @Name("first") Integer first, @Name("after") String after) {
        if (where != null && where.depth() > maxWhereDepth) {
            throw new ValidationException("where", "where nests and, or and not more than " + maxWhereDepth
                    + " levels deep; write it flatter (and and or take lists)");
        }
        int size = Cursors.pageSize(first, DEFAULT_PAGE, ReportSearch.MAX_PAGE);
        int offset = after == null ? 0 : (int) Cursors.decode("report", after) + 1;
        var page = search.find(where == null ? null : where.condition(),
                orderBy == null ? List.of() : orderBy.stream().map(ReportInputs.ReportOrderInput::order).toList(),
                offset, size);
        var edges = new ArrayList<ReportConnection.Edge>();
        for (int i = 0; i < page.reports().size(); i++) {
            edges.add(new ReportConnection.Edge(Cursors.encode("report", offset + i), new ReportView(page.reports().get(i))));
        }
        var info = new PageInfo(page.more(), offset > 0, edges.isEmpty() ? null : edges.get(0).getCursor(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).getCursor());
        return new ReportConnection(edges, info, page.total());
    }

    @Name("dataReturn")
    public List<@NonNull DataReturnView> dataReturn(@Source List<ReportView> reports) {
        var byId = returns.byIds(reports.stream().map(ReportView::returnId).collect(Collectors.toSet()));
        return reports.stream().map(r -> new DataReturnView(byId.get(r.returnId()))).toList();
    }
}
