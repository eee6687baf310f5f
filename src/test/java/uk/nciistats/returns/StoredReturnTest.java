package uk.nciistats.returns;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a screen holds of a return answers the workflow's questions as the return itself does. */
class StoredReturnTest {
    private static final Instant CREATED = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void everyMoveFromEveryStatusIsRefusedOrAllowedAsTheReturnItselfDecides() {
        for (var from : ReturnStatus.values()) {
            var r = in(from);
            var stored = stored(r);
            for (var to : ReturnStatus.values()) {
                assertThat(stored.refusalOfMoveTo(to)).as(from + " → " + to).isEqualTo(r.refusalOfMoveTo(to));
                assertThat(stored.moveNeedsAnAdmin(to)).as(from + " → " + to).isEqualTo(r.moveNeedsAnAdmin(to));
            }
        }
    }

    @Test
    void whoeverChangedItLastMayNotVerifyItAndAnyoneElseMay() {
        var stored = stored(in(ReturnStatus.DRAFT));

        assertThat(stored.verifiableBy("editor")).isFalse();
        assertThat(stored.verifiableBy("editor2")).isTrue();
    }

    @Test
    void itsCellsCannotBeChangedThroughIt() {
        var cells = new ArrayList<>(List.of(new CountCell(CountDimension.TOTAL, "", 12)));
        var stored = new StoredReturn(7, "KENT-2016", "E23000032", "CJCA2015-S33", LocalDate.of(2016, 1, 1),
                LocalDate.of(2016, 12, 31), Granularity.AGGREGATE, "FOI", null, ReturnStatus.DRAFT, 1, 12, "editor",
                CREATED, cells);

        cells.clear();

        assertThat(stored.counts()).containsExactly(new CountCell(CountDimension.TOTAL, "", 12));
    }

    private static DataReturn in(ReturnStatus status) {
        return DataReturnTest.in(status);
    }

    /** {@code r} as the service would answer it (an entity made here has no id yet). */
    private static StoredReturn stored(DataReturn r) {
        return new StoredReturn(1, r.ref(), r.forceCode(), r.offenceCode(), r.periodStart(), r.periodEnd(),
                r.granularity(), r.source(), r.receivedOn(), r.status(), r.version(), r.total(), r.lastChangedBy(),
                r.updatedAt(), r.counts());
    }
}
