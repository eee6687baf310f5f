package uk.nciistats.audit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import uk.nciistats.support.GraphQLClient;
import uk.nciistats.support.ReturnDesk;
import uk.nciistats.support.ReturnSpec;
import uk.nciistats.support.TestServer;

import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every change to a return leaves an entry in the audit log; a refused one leaves none. */
class AuditTrailIT {
    private static final String HISTORY = "query($id: ID!) { auditLog(returnId: $id) { at actor action returnId returnRef before after } }";

    private final ReturnDesk editor = ReturnDesk.as("editor");
    private final ReturnDesk editor2 = ReturnDesk.as("editor2");
    private final ReturnDesk analyst = ReturnDesk.as("analyst");
    private final GraphQLClient admin = GraphQLClient.as("admin");

    @Test
    void everyChangeToAnAggregateReturnIsRecordedWithWhoDidItAndTheStateBeforeAndAfter() {
        var created = editor.create(ReturnSpec.aggregate(TestServer.freshYear()));
        var updated = editor.update(created, ReturnSpec.of(created).withSource("FOI 2024/0815 (revised)"));
        var counted = editor.setCounts(updated, ReturnDesk.kentCells());
        var verified = editor2.setStatus(counted, "VERIFIED");
        editor.delete(verified);

        var history = historyOf(created);

        assertThat(history).extracting(e -> e.getString("action"))
                .containsExactly("CREATE", "UPDATE", "SET_COUNTS", "STATUS", "DELETE");
        assertThat(history).extracting(e -> e.getString("actor"))
                .containsExactly("editor", "editor", "editor", "editor2", "editor");
        assertThat(history).allSatisfy(e -> {
            assertThat(e.getString("returnId")).isEqualTo(created.getString("id"));
            assertThat(e.getString("returnRef")).isEqualTo(created.getString("ref"));
            assertThat(e.getString("at")).isNotBlank();
        });
        var create = history.get(0);
        assertThat(create.isNull("before")).isTrue();
        assertThat(state(create, "after").getString("status")).isEqualTo("DRAFT");
        var update = history.get(1);
        assertThat(state(update, "before").getString("source")).isEqualTo("FOI 2024/0815");
        assertThat(state(update, "after").getString("source")).isEqualTo("FOI 2024/0815 (revised)");
        var counts = history.get(2);
        assertThat(state(counts, "before").getInt("total")).isZero();
        assertThat(state(counts, "after").getInt("total")).isEqualTo(42);
        assertThat(state(counts, "after").getJsonArray("cells").getValuesAs(JsonValue::toString))
                .contains("\"AGE 0-17=9\"");
        var status = history.get(3);
        assertThat(state(status, "before").getString("status")).isEqualTo("DRAFT");
        assertThat(state(status, "after").getString("status")).isEqualTo("VERIFIED");
        var delete = history.get(4);
        assertThat(state(delete, "before").getString("status")).isEqualTo("VERIFIED");
        assertThat(delete.isNull("after")).isTrue();
    }

    @Test
    void addedReportsAreRecordedWithHowManyWereAdded() {
        var r = editor.create(ReturnSpec.records(TestServer.freshYear()));

        editor.addReports(r, Json.createArrayBuilder().add(ReturnDesk.reportWithHomeOfficeOutcome(1))
                .add(ReturnDesk.reportWithHomeOfficeOutcome(16)).build());

        var entry = historyOf(r).get(1);
        assertThat(entry.getString("action")).isEqualTo("ADD_REPORTS");
        assertThat(entry.getString("actor")).isEqualTo("editor");
        assertThat(state(entry, "before").getInt("total")).isZero();
        assertThat(state(entry, "after").getInt("total")).isEqualTo(2);
        assertThat(state(entry, "after").getInt("reportsAdded")).isEqualTo(2);
    }

    @Test
    void refusedChangesLeaveNoEntry() {
        var r = editor.create(ReturnSpec.aggregate(TestServer.freshYear()));
        String id = r.getString("id");
        int version = r.getInt("version");

        analyst.tryUpdate(id, version, ReturnSpec.of(r).withSource("analyst's idea"));
        editor.trySetStatus(id, version, "VERIFIED");
        editor.trySetStatus(id, version, "PUBLISHED");
        editor.trySetCounts(id, version, Json.createArrayBuilder().add(ReturnDesk.cell("TOTAL", "", -1)).build());
        editor.tryUpdate(id, version + 1, ReturnSpec.of(r).withSource("stale"));
        editor.tryDelete(id, version + 1);
        analyst.tryDelete(id, version);

        assertThat(historyOf(r)).extracting(e -> e.getString("action")).containsExactly("CREATE");
        assertThat(editor.reread(r)).contains(r);
    }

    @Test
    void refusedReportsLeaveNoEntry() {
        var r = editor.create(ReturnSpec.records(TestServer.freshYear()));

        editor.tryAddReports(r.getString("id"), Json.createArrayBuilder().add(ReturnDesk.reportWithHomeOfficeOutcome(1))
                .add(ReturnDesk.reportWithHomeOfficeOutcome(23)).build());
        analyst.tryAddReports(r.getString("id"), Json.createArrayBuilder().add(ReturnDesk.reportWithHomeOfficeOutcome(1)).build());

        assertThat(historyOf(r)).extracting(e -> e.getString("action")).containsExactly("CREATE");
    }

    @Test
    void theNewestChangesComeFirstInTheWholeLog() {
        var r = editor.create(ReturnSpec.aggregate(TestServer.freshYear()));
        editor.setCounts(r, ReturnDesk.kentCells());

        var latest = admin.data("{ auditLog(first: 500) { action returnId } }").getJsonArray("auditLog")
                .getValuesAs(JsonObject.class).stream().filter(e -> r.getString("id").equals(e.getString("returnId", null)))
                .map(e -> e.getString("action")).toList();

        assertThat(latest).containsExactly("SET_COUNTS", "CREATE");
    }

    @Test
    void theHistoryOfADeletedReturnRemainsReadable() {
        var r = editor.create(ReturnSpec.aggregate(TestServer.freshYear()));
        editor.delete(r);

        assertThat(historyOf(r)).extracting(e -> e.getString("action")).containsExactly("CREATE", "DELETE");
    }

    private List<JsonObject> historyOf(JsonObject r) {
        return admin.data(HISTORY, Json.createObjectBuilder().add("id", r.getString("id")).build())
                .getJsonArray("auditLog").getValuesAs(JsonObject.class);
    }

    private static JsonObject state(JsonObject entry, String which) {
        return Json.createReader(new StringReader(entry.getString(which))).readObject();
    }
}
