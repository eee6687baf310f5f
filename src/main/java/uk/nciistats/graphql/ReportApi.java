package uk.nciistats.graphql;

import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import uk.nciistats.errors.ValidationException;
import uk.nciistats.returns.ReportSearch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Record-level reports (ANALYST and above), filtered by a boolean expression, a page at a time. */
@GraphQLApi
@TranslatesErrors
public class ReportApi {
    static final int DEFAULT_PAGE = 50;

    private final ReportSearch search;
    private final ReturnBatches batches;

    @Inject
    public ReportApi(ReportSearch search, ReturnBatches batches) {
        this.search = search;
        this.batches = batches;
    }

    protected ReportApi() {
        this(null, null);
    }

    @Query("reports")
    @Description("Reports matching `where`, in `orderBy` order (then by id); at most 500 per page. Cursors are "
            + "positions in that order: stable while the matching reports do not change.")
    public @NonNull ReportConnection reports(@Name("where") ReportInputs.ReportWhere where,
                                             @Name("orderBy") List<ReportInputs.ReportOrderInput> orderBy,
                                             @Name("first") Integer first, @Name("after") String after) {
        int size = first == null ? DEFAULT_PAGE : first;
        if (size < 1 || size > ReportSearch.MAX_PAGE) {
            throw new ValidationException("first", "first must be 1 to " + ReportSearch.MAX_PAGE + ", not " + size);
        }
        int offset = after == null ? 0 : decode(after) + 1;
        var page = search.find(where == null ? null : where.condition(),
                orderBy == null ? List.of() : orderBy.stream().map(ReportInputs.ReportOrderInput::order).toList(),
                offset, size);
        var edges = new ArrayList<ReportConnection.Edge>();
        for (int i = 0; i < page.reports().size(); i++) {
            edges.add(new ReportConnection.Edge(encode(offset + i), new ReportView(page.reports().get(i))));
        }
        batches.expectReportReturns(edges.stream().map(e -> e.getNode().returnId()).toList());
        var info = new PageInfo(page.more(), offset > 0, edges.isEmpty() ? null : edges.get(0).getCursor(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).getCursor());
        return new ReportConnection(edges, info, page.total());
    }

    @Name("dataReturn")
    public @NonNull DataReturnView dataReturn(@Source ReportView report) {
        var view = new DataReturnView(batches.returnOfReport(report.returnId()));
        batches.expectReturns(List.of(view));
        return view;
    }

    private static String encode(int position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("report:" + position).getBytes(StandardCharsets.UTF_8));
    }

    private static int decode(String cursor) {
        try {
            var text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith("report:")) {
                return Integer.parseInt(text.substring(7));
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw new ValidationException("after", "'" + cursor + "' is not a cursor of this list: use an endCursor it gave");
    }
}
