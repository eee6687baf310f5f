package uk.nciistats.returns;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import uk.nciistats.support.GraphQLClient;
import uk.nciistats.support.Refusal;
import uk.nciistats.support.ReturnDesk;
import uk.nciistats.support.ReturnSpec;
import uk.nciistats.support.TestServer;

import java.io.StringReader;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** A return's way from DRAFT through VERIFIED to PUBLISHED, and what each step allows. */
class ReturnLifecycleIT {
    private final ReturnDesk editor = ReturnDesk.as("editor");
    private final ReturnDesk editor2 = ReturnDesk.as("editor2");
    private final ReturnDesk admin = ReturnDesk.as("admin");

    @Test
    void aNewReturnIsADraftOfTheOffenceInForceDuringItsPeriod() {
        int year = TestServer.freshYear();

        var r = editor.create(ReturnSpec.aggregate(year));

        assertThat(r.getString("status")).isEqualTo("DRAFT");
        assertThat(r.getInt("version")).isEqualTo(1);
        assertThat(r.getInt("total")).isZero();
        assertThat(r.getJsonObject("offence").getString("code")).isEqualTo("SOA2003-S66B");
        assertThat(r.getJsonObject("force").getString("code")).isEqualTo("E23000032");
        assertThat(r.getString("periodStart")).isEqualTo(year + "-01-01");
        assertThat(r.getJsonArray("counts")).isEmpty();
    }

    @Test
    void kentsCellsAreStoredAndReadBack() {
        int year = TestServer.freshYear();
        var created = editor.create(ReturnSpec.aggregate(year));
        var updated = editor.update(created, ReturnSpec.of(created)
                .withPeriod(LocalDate.of(year, 4, 1), LocalDate.of(year, 12, 31)).withSource("FOI 2025/1234"));

        editor.setCounts(updated, ReturnDesk.kentCells());

        var stored = editor.reread(created).orElseThrow();
        assertThat(stored.getString("periodStart")).isEqualTo(year + "-04-01");
        assertThat(stored.getString("source")).isEqualTo("FOI 2025/1234");
        assertThat(stored.getInt("total")).isEqualTo(42);
        assertThat(stored.getJsonArray("counts").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("dimension") + " " + c.getString("category") + "=" + c.getInt("count"))
                .containsExactlyInAnyOrder("TOTAL =42", "AGE 0-17=9", "AGE 18+=33");
    }

    @Test
    void newCellsReplaceTheOldOnes() {
        var r = editor.setCounts(editor.create(ReturnSpec.aggregate(TestServer.freshYear())), ReturnDesk.kentCells());

        editor.setCounts(r, Json.createArrayBuilder().add(ReturnDesk.cell("TOTAL", "", 40))
                .add(ReturnDesk.cell("OUTCOME", "CHARGED", 4)).build());

        var stored = editor.reread(r).orElseThrow();
        assertThat(stored.getInt("total")).isEqualTo(40);
        assertThat(stored.getJsonArray("counts")).hasSize(2);
    }

    @Test
    void reportsKnownByTheirHomeOfficeOutcomeTypesAreStoredAndCounted() {
        var r = editor.create(ReturnSpec.records(TestServer.freshYear()));

        int stored = editor.addReports(r, Json.createArrayBuilder()
                .add(ReturnDesk.reportWithHomeOfficeOutcome(1))
                .add(ReturnDesk.reportWithHomeOfficeOutcome(16))
                .add(Json.createObjectBuilder().add("homeOfficeOutcome", 8).add("victimAge", 17)
                        .add("victimGender", "FEMALE").add("platforms", Json.createArrayBuilder().add("SNAPCHAT"))
                        .add("reportedOn", r.getString("periodStart")))
                .build());

        assertThat(stored).isEqualTo(3);
        assertThat(editor.reread(r).orElseThrow().getInt("total")).isEqualTo(3);
        var entry = lastAuditEntryOf(r);
        assertThat(entry.getString("action")).isEqualTo("ADD_REPORTS");
        assertThat(json(entry.getString("after")).getInt("reportsAdded")).isEqualTo(3);
        assertThat(json(entry.getString("after")).getInt("total")).isEqualTo(3);
    }

    @Test
    void reportsAddUpAcrossCalls() {
        var r = editor.create(ReturnSpec.records(TestServer.freshYear()));
        var two = Json.createArrayBuilder().add(ReturnDesk.reportWithHomeOfficeOutcome(1))
                .add(Json.createObjectBuilder().add("outcome", "UNKNOWN")).build();

        editor.addReports(r, two);
        editor.addReports(r, two);

        assertThat(editor.reread(r).orElseThrow().getInt("total")).isEqualTo(4);
    }

    @Test
    void aVerifiedReturnIsADraftAgainOnceItsDescriptionChanges() {
        var verified = verified(ReturnSpec.aggregate(TestServer.freshYear()));

        var changed = editor.update(verified, ReturnSpec.of(verified).withSource("FOI 2024/0815, corrected"));

        assertThat(changed.getString("status")).isEqualTo("DRAFT");
    }

    @Test
    void aVerifiedReturnIsADraftAgainOnceItsCellsChange() {
        var verified = verified(ReturnSpec.aggregate(TestServer.freshYear()));

        var changed = editor.setCounts(verified, ReturnDesk.kentCells());

        assertThat(changed.getString("status")).isEqualTo("DRAFT");
    }

    @Test
    void aVerifiedReturnIsADraftAgainOnceReportsAreAdded() {
        var verified = verified(ReturnSpec.records(TestServer.freshYear()));

        editor.addReports(verified, Json.createArrayBuilder().add(ReturnDesk.reportWithHomeOfficeOutcome(1)).build());

        assertThat(editor.reread(verified).orElseThrow().getString("status")).isEqualTo("DRAFT");
    }

    @Test
    void aPublishedReturnCannotBeChangedByAnyone() {
        var published = published(ReturnSpec.aggregate(TestServer.freshYear()));
        String id = published.getString("id");
        int version = published.getInt("version");

        for (var desk : new ReturnDesk[] {editor, admin}) {
            assertThat(Refusal.of(desk.tryUpdate(id, version, ReturnSpec.of(published).withSource("x"))))
                    .extracting(Refusal::code, Refusal::field).containsExactly("VALIDATION", "id");
            assertThat(Refusal.of(desk.trySetCounts(id, version, ReturnDesk.kentCells())))
                    .extracting(Refusal::code, Refusal::field).containsExactly("VALIDATION", "returnId");
            assertThat(Refusal.of(desk.tryDelete(id, version)))
                    .extracting(Refusal::code, Refusal::field).containsExactly("VALIDATION", "id");
        }
        assertThat(editor.reread(published)).contains(published);
    }

    @Test
    void noReportsCanBeAddedToAPublishedReturn() {
        var published = published(ReturnSpec.records(TestServer.freshYear()));

        var answer = admin.tryAddReports(published.getString("id"),
                Json.createArrayBuilder().add(ReturnDesk.reportWithHomeOfficeOutcome(1)).build());

        assertThat(Refusal.of(answer)).extracting(Refusal::code, Refusal::field).containsExactly("VALIDATION", "returnId");
        assertThat(editor.reread(published)).contains(published);
    }

    @Test
    void aWithdrawnReturnCanBeChangedAgain() {
        var withdrawn = admin.setStatus(published(ReturnSpec.aggregate(TestServer.freshYear())), "DRAFT");

        var changed = editor.setCounts(withdrawn, ReturnDesk.kentCells());

        assertThat(changed.getString("status")).isEqualTo("DRAFT");
        assertThat(changed.getInt("total")).isEqualTo(42);
    }

    @Test
    void aPublishedReturnGoesBackToDraftNotStraightToVerifiedEvenForAnAdmin() {
        var published = published(ReturnSpec.aggregate(TestServer.freshYear()));

        var answer = admin.trySetStatus(published.getString("id"), published.getInt("version"), "VERIFIED");

        assertThat(Refusal.of(answer)).extracting(Refusal::code, Refusal::field).containsExactly("VALIDATION", "status");
        assertThat(Refusal.of(answer).message()).contains("PUBLISHED", "back to DRAFT");
        assertThat(editor.reread(published)).contains(published);
    }

    @Test
    void aDraftOrVerifiedReturnCanBeDeleted() {
        var draft = editor.create(ReturnSpec.aggregate(TestServer.freshYear()));
        var verified = verified(ReturnSpec.aggregate(TestServer.freshYear()));

        editor.delete(draft);
        editor.delete(verified);

        assertThat(editor.reread(draft)).isEmpty();
        assertThat(editor.reread(verified)).isEmpty();
    }

    private JsonObject verified(ReturnSpec spec) {
        return editor2.setStatus(editor.create(spec), "VERIFIED");
    }

    private JsonObject published(ReturnSpec spec) {
        return admin.setStatus(verified(spec), "PUBLISHED");
    }

    private static JsonObject lastAuditEntryOf(JsonObject r) {
        var history = GraphQLClient.as("admin").data("query($id: ID!) { auditLog(returnId: $id) { actor action after } }",
                Json.createObjectBuilder().add("id", r.getString("id")).build()).getJsonArray("auditLog");
        return history.getJsonObject(history.size() - 1);
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
