package uk.nciistats.graphql;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import uk.nciistats.returns.CountCell;
import uk.nciistats.returns.DataReturn;
import uk.nciistats.returns.ReturnService;

import java.util.Collection;
import java.util.List;

/** The per-request batches of return data that GraphQL fields read. */
@RequestScoped
public class ReturnBatches {
    private final RequestBatch<Long, List<CountCell>> counts;
    private final RequestBatch<String, List<DataReturn>> returnsOfForce;
    private final RequestBatch<Long, DataReturn> returnsById;

    @Inject
    public ReturnBatches(ReturnService service) {
        this.counts = new RequestBatch<>(service::countsOf, List.of());
        this.returnsOfForce = new RequestBatch<>(service::returnsOfForces, List.of());
        this.returnsById = new RequestBatch<>(service::byIds, null);
    }

    protected ReturnBatches() {
        this.counts = null;
        this.returnsOfForce = null;
        this.returnsById = null;
    }

    /** Announces returns whose counts may be asked for. */
    public void expectReturns(Collection<DataReturnView> views) {
        counts.expect(views.stream().map(DataReturnView::returnId).toList());
    }

    public void expectForces(Collection<String> codes) {
        returnsOfForce.expect(codes);
    }

    /** Announces the returns of listed reports. */
    public void expectReportReturns(Collection<Long> returnIds) {
        returnsById.expect(returnIds);
    }

    public DataReturn returnOfReport(long returnId) {
        return returnsById.get(returnId);
    }

    public List<CountCell> countsOf(long returnId) {
        return counts.get(returnId);
    }

    public List<DataReturn> returnsOf(String forceCode) {
        return returnsOfForce.get(forceCode);
    }
}
