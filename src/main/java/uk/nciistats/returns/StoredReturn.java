package uk.nciistats.returns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A return as stored at one version: what a screen shows of it and sends back with a change
 * ({@code version} is the change's expected version). Its published cells (none for RECORDS) are
 * those of the same version; their disclosure keys stay in storage. What {@link ReturnService}
 * answers, never the entity.
 */
public record StoredReturn(long id, String ref, String forceCode, String offenceCode, LocalDate periodStart,
                           LocalDate periodEnd, Granularity granularity, String source, LocalDate receivedOn,
                           ReturnStatus status, int version, int total, String lastChangedBy, Instant updatedAt,
                           List<CountCell> counts) {
    public StoredReturn {
        counts = List.copyOf(counts);
    }

    /** {@code r} as it is now, with its cells (read only when it is AGGREGATE: a RECORDS return has none). */
    static StoredReturn of(DataReturn r) {
        return of(r, r.granularity() == Granularity.AGGREGATE ? r.counts() : List.of());
    }

    /** {@code r} as it is now, with {@code cells} read for it (a listing reads all its returns' cells at once). */
    static StoredReturn of(DataReturn r, List<CountCell> cells) {
        return new StoredReturn(r.id(), r.ref(), r.forceCode(), r.offenceCode(), r.periodStart(), r.periodEnd(),
                r.granularity(), r.source(), r.receivedOn(), r.status(), r.version(), r.total(), r.lastChangedBy(),
                r.updatedAt(), cells.stream().map(c -> new CountCell(c.dimension(), c.category(), c.count())).toList());
    }

    /** Why the workflow does not lead from its status to {@code to}, whoever asks (see {@link DataReturn#refusalOfMoveTo}). */
    public Optional<String> refusalOfMoveTo(ReturnStatus to) {
        return ReturnWorkflow.refusalOfMove(status, to);
    }

    /** Whether moving it to {@code to} is an ADMIN's: publishing it, or moving it once published. */
    public boolean moveNeedsAnAdmin(ReturnStatus to) {
        return ReturnWorkflow.moveNeedsAnAdmin(status, to);
    }

    /** Whether {@code who} may verify it: not the person who last changed it (four eyes). */
    public boolean verifiableBy(String who) {
        return ReturnWorkflow.verifiableBy(lastChangedBy, who);
    }
}
