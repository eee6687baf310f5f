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

    @Inject
    public ReturnBatches(ReturnService service) {
        this.counts = new RequestBatch<>(service::countsOf, List.of());
        this.returnsOfForce = new RequestBatch<>(service::returnsOfForces, List.of());
    }

    protected ReturnBatches() {
        this.counts = null;
        this.returnsOfForce = null;
    }

    /** Announces returns whose counts may be asked for. */
    public void expectReturns(Collection<DataReturnView> views) {
        counts.expect(views.stream().map(DataReturnView::returnId).toList());
    }

    public void expectForces(Collection<String> codes) {
        returnsOfForce.expect(codes);
    }

    public List<CountCell> countsOf(long returnId) {
        return counts.get(returnId);
    }

    public List<DataReturn> returnsOf(String forceCode) {
        return returnsOfForce.get(forceCode);
    }
}
