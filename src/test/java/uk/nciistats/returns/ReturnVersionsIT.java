package uk.nciistats.returns;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import uk.nciistats.support.Refusal;
import uk.nciistats.support.ReturnDesk;
import uk.nciistats.support.ReturnSpec;
import uk.nciistats.support.TestServer;

import static org.assertj.core.api.Assertions.assertThat;

/** Optimistic concurrency: a change names the version it was made on; unknown ids are NOT_FOUND. */
class ReturnVersionsIT {
    private final ReturnDesk editor = ReturnDesk.as("editor");
    private final ReturnDesk editor2 = ReturnDesk.as("editor2");

    @Test
    void everyChangeIncrementsTheVersion() {
        var created = editor.create(ReturnSpec.aggregate(TestServer.freshYear()));
        var updated = editor.update(created, ReturnSpec.of(created).withSource("FOI 2024/0815 (revised)"));
        var counted = editor.setCounts(updated, ReturnDesk.kentCells());
        var verified = editor2.setStatus(counted, "VERIFIED");
        var draftAgain = editor.setStatus(verified, "DRAFT");

        assertThat(created.getInt("version")).isEqualTo(1);
        assertThat(updated.getInt("version")).isEqualTo(2);
        assertThat(counted.getInt("version")).isEqualTo(3);
        assertThat(verified.getInt("version")).isEqualTo(4);
        assertThat(draftAgain.getInt("version")).isEqualTo(5);
        assertThat(editor.reread(created).orElseThrow().getInt("version")).isEqualTo(5);
    }

    @Test
    void addingReportsIncrementsTheVersion() {
        var r = editor.create(ReturnSpec.records(TestServer.freshYear()));

        editor.addReports(r, Json.createArrayBuilder().add(ReturnDesk.reportWithHomeOfficeOutcome(1)).build());
        editor.addReports(r, Json.createArrayBuilder().add(ReturnDesk.reportWithHomeOfficeOutcome(9)).build());

        assertThat(editor.reread(r).orElseThrow().getInt("version")).isEqualTo(3);
    }

    @Test
    void anUpdateOnAStaleVersionIsAConflictAndChangesNothing() {
        var stale = editor.create(ReturnSpec.aggregate(TestServer.freshYear()));
        var current = editor2.update(stale, ReturnSpec.of(stale).withSource("FOI by editor2"));

        var answer = editor.tryUpdate(stale.getString("id"), stale.getInt("version"),
                ReturnSpec.of(stale).withSource("FOI by editor"));

        assertConflict(answer);
        assertThat(editor.reread(stale).orElseThrow()).isEqualTo(current);
    }

    @Test
    void settingCountsOnAStaleVersionIsAConflictAndChangesNothing() {
        var stale = editor.create(ReturnSpec.aggregate(TestServer.freshYear()));
        var current = editor2.setCounts(stale, ReturnDesk.kentCells());

        var answer = editor.trySetCounts(stale.getString("id"), stale.getInt("version"),
                Json.createArrayBuilder().add(ReturnDesk.cell("TOTAL", "", 7)).build());

        assertConflict(answer);
        assertThat(editor.reread(stale).orElseThrow()).isEqualTo(current);
    }

    @Test
    void aStatusChangeOnAStaleVersionIsAConflictAndChangesNothing() {
        var stale = editor.create(ReturnSpec.aggregate(TestServer.freshYear()));
        var current = editor.setCounts(stale, ReturnDesk.kentCells());

        var answer = editor2.trySetStatus(stale.getString("id"), stale.getInt("version"), "VERIFIED");

        assertConflict(answer);
        assertThat(editor.reread(stale).orElseThrow()).isEqualTo(current);
    }

    @Test
    void deletingAStaleVersionIsAConflictAndKeepsTheReturn() {
        var stale = editor.create(ReturnSpec.aggregate(TestServer.freshYear()));
        var current = editor2.setCounts(stale, ReturnDesk.kentCells());

        var answer = editor.tryDelete(stale.getString("id"), stale.getInt("version"));

        assertConflict(answer);
        assertThat(editor.reread(stale)).contains(current);
    }

    @Test
    void aVersionFromTheFutureIsAConflictToo() {
        var r = editor.create(ReturnSpec.aggregate(TestServer.freshYear()));

        assertConflict(editor.tryUpdate(r.getString("id"), r.getInt("version") + 1, ReturnSpec.of(r).withSource("x")));
    }

    @Test
    void changingAReturnThatDoesNotExistIsNotFound() {
        var spec = ReturnSpec.aggregate(TestServer.freshYear());
        var nobody = "987654321";

        assertThat(Refusal.of(editor.tryUpdate(nobody, 1, spec))).extracting(Refusal::code, Refusal::field)
                .containsExactly("NOT_FOUND", "id");
        assertThat(Refusal.of(editor.tryDelete(nobody, 1))).extracting(Refusal::code, Refusal::field)
                .containsExactly("NOT_FOUND", "id");
        assertThat(Refusal.of(editor.trySetStatus(nobody, 1, "DRAFT"))).extracting(Refusal::code, Refusal::field)
                .containsExactly("NOT_FOUND", "id");
        assertThat(Refusal.of(editor.trySetCounts(nobody, 1, ReturnDesk.kentCells())))
                .extracting(Refusal::code, Refusal::field).containsExactly("NOT_FOUND", "returnId");
        assertThat(Refusal.of(editor.tryAddReports(nobody, Json.createArrayBuilder()
                .add(ReturnDesk.reportWithHomeOfficeOutcome(1)).build())))
                .extracting(Refusal::code, Refusal::field).containsExactly("NOT_FOUND", "returnId");
        assertThat(editor.withRef(spec)).isEmpty();
    }

    @Test
    void anIdThatIsNoNumberIsNotFound() {
        assertThat(Refusal.of(editor.tryDelete("KENT-2030", 1))).extracting(Refusal::code, Refusal::field)
                .containsExactly("NOT_FOUND", "id");
    }

    @Test
    void aDeletedReturnIsGoneForGood() {
        var r = editor.create(ReturnSpec.aggregate(TestServer.freshYear()));

        editor.delete(r);

        assertThat(editor.reread(r)).isEmpty();
        assertThat(Refusal.of(editor.tryUpdate(r.getString("id"), r.getInt("version"), ReturnSpec.of(r))).code())
                .isEqualTo("NOT_FOUND");
    }

    private static void assertConflict(JsonObject answer) {
        var refusal = Refusal.of(answer);
        assertThat(refusal.code()).as(refusal.message()).isEqualTo("CONFLICT");
        assertThat(refusal.message()).contains("version");
    }
}
