package uk.nciistats.returns;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.nciistats.errors.DomainException;
import uk.nciistats.errors.ForbiddenException;
import uk.nciistats.errors.ValidationException;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The return keeps its workflow itself: whoever calls it, it moves only where the workflow leads. */
class DataReturnTest {
    private static final Instant CREATED = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-02T09:00:00Z");

    /** A return in {@code status}, entered and last changed by "editor" (StoredReturnTest's too). */
    static DataReturn in(ReturnStatus status) {
        var r = new DataReturn(new ReturnDetails("KENT-2016", "E23000032", null, LocalDate.of(2016, 1, 1),
                LocalDate.of(2016, 12, 31), Granularity.AGGREGATE, "FOI 2016/123", null), "CJCA2015-S33", "editor", CREATED);
        if (status != ReturnStatus.DRAFT) {
            r.changeStatus(ReturnStatus.VERIFIED, "editor2", CREATED);
        }
        if (status == ReturnStatus.PUBLISHED) {
            r.changeStatus(ReturnStatus.PUBLISHED, "admin", CREATED);
        }
        assertThat(r.status()).isEqualTo(status);
        return r;
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"DRAFT, VERIFIED", "VERIFIED, DRAFT", "VERIFIED, PUBLISHED", "PUBLISHED, DRAFT"})
    void aMoveTheWorkflowLeadsToIsMade(ReturnStatus from, ReturnStatus to) {
        var r = in(from);

        r.changeStatus(to, "editor2", LATER);

        assertThat(r.status()).isEqualTo(to);
        assertThat(r.updatedAt()).isEqualTo(LATER);
        assertThat(r.refusalOfMoveTo(to)).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"DRAFT, PUBLISHED", "PUBLISHED, VERIFIED"})
    void aMoveTheWorkflowDoesNotLeadToIsRefusedOnStatusAndChangesNothing(ReturnStatus from, ReturnStatus to) {
        var r = in(from);
        var before = r.snapshot();

        var refusal = catchThrowableOfType(() -> r.changeStatus(to, "admin", LATER), ValidationException.class);

        assertThat(refusal.field()).isEqualTo("status");
        assertThat(refusal.getMessage()).isEqualTo(r.refusalOfMoveTo(to).orElseThrow()).contains(from.name());
        assertThat(r.snapshot()).isEqualTo(before);
        assertThat(r.updatedAt()).isEqualTo(CREATED);
    }

    @Test
    void onlyAVerifiedReturnIsPublished() {
        assertThat(in(ReturnStatus.DRAFT).refusalOfMoveTo(ReturnStatus.PUBLISHED))
                .contains("only a VERIFIED return can be published; this one is DRAFT");
    }

    @Test
    void aPublishedReturnGoesBackToDraftBeforeItIsVerifiedAgain() {
        assertThat(in(ReturnStatus.PUBLISHED).refusalOfMoveTo(ReturnStatus.VERIFIED).orElseThrow())
                .contains("this one is PUBLISHED").contains("back to DRAFT");
    }

    @Test
    void whoeverChangedItLastMayNotVerifyIt() {
        var r = in(ReturnStatus.DRAFT);

        var refusal = catchThrowableOfType(() -> r.changeStatus(ReturnStatus.VERIFIED, "editor", LATER),
                ForbiddenException.class);

        assertThat(refusal.getMessage()).startsWith("Four eyes").contains("KENT-2016");
        assertThat(r.status()).isEqualTo(ReturnStatus.DRAFT);
        assertThat(r.verifiableBy("editor")).isFalse();
        assertThat(r.verifiableBy("editor2")).isTrue();
    }

    @Test
    void askingForTheStatusItHasChangesNothing() {
        for (var status : ReturnStatus.values()) {
            var r = in(status);

            r.changeStatus(status, "editor", LATER);

            assertThat(r.status()).isEqualTo(status);
            assertThat(r.updatedAt()).isEqualTo(CREATED);
        }
    }

    @Test
    void everyMoveIsEitherMadeOrRefusedWithTheReasonItGivesBeforehand() {
        for (var from : ReturnStatus.values()) {
            for (var to : ReturnStatus.values()) {
                var r = in(from);
                var reason = r.refusalOfMoveTo(to);
                try {
                    r.changeStatus(to, "editor2", LATER);
                    assertThat(reason).as(from + " → " + to).isEmpty();
                    assertThat(r.status()).isEqualTo(to);
                } catch (DomainException refused) {
                    assertThat(reason).as(from + " → " + to).contains(refused.getMessage());
                    assertThat(r.status()).isEqualTo(from);
                }
            }
        }
    }

    @Test
    void aVerifiedReturnWhoseContentChangesIsADraftAgainChangedByWhoeverChangedIt() {
        var r = in(ReturnStatus.VERIFIED);

        r.recordReportChanged("editor2", LATER);

        assertThat(r.status()).isEqualTo(ReturnStatus.DRAFT);
        assertThat(r.lastChangedBy()).isEqualTo("editor2");
        assertThat(r.verifiableBy("editor2")).isFalse();
    }
}
