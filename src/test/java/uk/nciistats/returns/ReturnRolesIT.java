package uk.nciistats.returns;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.nciistats.support.GraphQLClient;
import uk.nciistats.support.Refusal;
import uk.nciistats.support.ReturnDesk;
import uk.nciistats.support.ReturnSpec;
import uk.nciistats.support.TestServer;

import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every query and mutation of the contract core, tried as every demo account (the contract's role table). */
class ReturnRolesIT {
    private static final List<String> USERS = List.of("viewer", "analyst", "editor", "editor2", "admin");
    private static final Set<String> EVERYONE = Set.copyOf(USERS);
    private static final Set<String> READERS = Set.of("analyst", "editor", "editor2", "admin");
    private static final Set<String> EDITORS = Set.of("editor", "editor2", "admin");
    private static final Set<String> ADMINS = Set.of("admin");

    private final ReturnDesk editor = ReturnDesk.as("editor");
    private final ReturnDesk editor2 = ReturnDesk.as("editor2");
    private final ReturnDesk admin = ReturnDesk.as("admin");

    /** One operation: who may do it, and how to try it as a user (setting up what it needs first). */
    record Operation(String name, Set<String> allowed, BiFunction<ReturnRolesIT, String, JsonObject> attempt) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> roleTable() {
        var operations = List.of(
                new Operation("list forces", EVERYONE, (t, u) -> GraphQLClient.as(u).post("{ forces { code } }")),
                new Operation("look up a force", EVERYONE,
                        (t, u) -> GraphQLClient.as(u).post("{ force(code: \"E23000032\") { name } }")),
                new Operation("list offences", EVERYONE, (t, u) -> GraphQLClient.as(u).post("{ offences { code } }")),
                new Operation("list returns", READERS,
                        (t, u) -> GraphQLClient.as(u).post("{ returns(first: 1) { totalCount } }")),
                new Operation("list a force's returns", READERS,
                        (t, u) -> GraphQLClient.as(u).post("{ force(code: \"E23000032\") { returns { id } } }")),
                new Operation("create a return", EDITORS,
                        (t, u) -> ReturnDesk.as(u).tryCreate(ReturnSpec.aggregate(TestServer.freshYear()))),
                new Operation("update a return", EDITORS, ReturnRolesIT::update),
                new Operation("delete a return", EDITORS, ReturnRolesIT::delete),
                new Operation("set a return's counts", EDITORS, ReturnRolesIT::setCounts),
                new Operation("add reports", EDITORS, ReturnRolesIT::addReports),
                new Operation("verify a return the editor changed last", Set.of("editor2", "admin"), ReturnRolesIT::verify),
                new Operation("set a verified return back to DRAFT", EDITORS, ReturnRolesIT::unverify),
                new Operation("publish a verified return", ADMINS, ReturnRolesIT::publish),
                new Operation("withdraw a published return", ADMINS, ReturnRolesIT::withdraw),
                new Operation("read the audit log", ADMINS,
                        (t, u) -> GraphQLClient.as(u).post("{ auditLog(first: 5) { action } }")),
                new Operation("read a return's history", ADMINS, ReturnRolesIT::history));
        return operations.stream().flatMap(op -> USERS.stream()
                .map(user -> Arguments.of(user, op, op.allowed().contains(user) ? "allowed" : "FORBIDDEN")));
    }

    @ParameterizedTest(name = "{0}: {1} is {2}")
    @MethodSource("roleTable")
    void eachRoleMayDoExactlyWhatTheRoleTableSays(String user, Operation operation, String expected) {
        var answer = operation.attempt().apply(this, user);

        if (expected.equals("allowed")) {
            assertThat(answer.containsKey("errors")).as("errors of %s", answer).isFalse();
        } else {
            assertThat(Refusal.of(answer).code()).isEqualTo("FORBIDDEN");
        }
    }

    @Test
    void anEditorCannotVerifyHisOwnChangeButASecondEditorCan() {
        var r = editor.create(ReturnSpec.aggregate(TestServer.freshYear()));

        var ownVerification = editor.trySetStatus(r.getString("id"), r.getInt("version"), "VERIFIED");
        var verified = editor2.setStatus(r, "VERIFIED");

        assertThat(Refusal.of(ownVerification).code()).isEqualTo("FORBIDDEN");
        assertThat(Refusal.of(ownVerification).message()).contains("Four eyes");
        assertThat(verified.getString("status")).isEqualTo("VERIFIED");
    }

    @Test
    void whoeverChangedAReturnLastMayNotVerifyItEvenIfSomeoneElseCreatedIt() {
        var r = editor.create(ReturnSpec.aggregate(TestServer.freshYear()));
        var changed = editor2.setCounts(r, ReturnDesk.kentCells());

        var byEditor2 = editor2.trySetStatus(r.getString("id"), changed.getInt("version"), "VERIFIED");
        var byEditor = editor.setStatus(changed, "VERIFIED");

        assertThat(Refusal.of(byEditor2).code()).isEqualTo("FORBIDDEN");
        assertThat(byEditor.getString("status")).isEqualTo("VERIFIED");
    }

    @Test
    void anAdminPublishesOnlyAVerifiedReturn() {
        var r = editor.create(ReturnSpec.aggregate(TestServer.freshYear()));

        var publishingADraft = admin.trySetStatus(r.getString("id"), r.getInt("version"), "PUBLISHED");

        assertThat(Refusal.of(publishingADraft)).extracting(Refusal::code, Refusal::field)
                .containsExactly("VALIDATION", "status");
        assertThat(editor.reread(r).orElseThrow().getString("status")).isEqualTo("DRAFT");
    }

    @Test
    void aRefusedStatusChangeLeavesTheReturnAsItWas() {
        var r = editor2.setStatus(editor.create(ReturnSpec.aggregate(TestServer.freshYear())), "VERIFIED");

        var answer = editor.trySetStatus(r.getString("id"), r.getInt("version"), "PUBLISHED");

        assertThat(Refusal.of(answer).code()).isEqualTo("FORBIDDEN");
        var now = editor.reread(r).orElseThrow();
        assertThat(now.getString("status")).isEqualTo("VERIFIED");
        assertThat(now.getInt("version")).isEqualTo(r.getInt("version"));
    }

    // --- attempts that need a return in some state first ---

    private JsonObject fresh() {
        return editor.create(ReturnSpec.aggregate(TestServer.freshYear()));
    }

    private JsonObject update(String user) {
        var r = fresh();
        var spec = ReturnSpec.of(r).withSource("FOI 2024/0815, corrected");
        return ReturnDesk.as(user).tryUpdate(r.getString("id"), r.getInt("version"), spec);
    }

    private JsonObject delete(String user) {
        var r = fresh();
        return ReturnDesk.as(user).tryDelete(r.getString("id"), r.getInt("version"));
    }

    private JsonObject setCounts(String user) {
        var r = fresh();
        return ReturnDesk.as(user).trySetCounts(r.getString("id"), r.getInt("version"), ReturnDesk.kentCells());
    }

    private JsonObject addReports(String user) {
        var r = editor.create(ReturnSpec.records(TestServer.freshYear()));
        return ReturnDesk.as(user).tryAddReports(r.getString("id"),
                Json.createArrayBuilder().add(ReturnDesk.reportWithHomeOfficeOutcome(1)).build());
    }

    private JsonObject verify(String user) {
        var r = fresh();
        return ReturnDesk.as(user).trySetStatus(r.getString("id"), r.getInt("version"), "VERIFIED");
    }

    private JsonObject unverify(String user) {
        var r = editor2.setStatus(fresh(), "VERIFIED");
        return ReturnDesk.as(user).trySetStatus(r.getString("id"), r.getInt("version"), "DRAFT");
    }

    private JsonObject publish(String user) {
        var r = editor2.setStatus(fresh(), "VERIFIED");
        return ReturnDesk.as(user).trySetStatus(r.getString("id"), r.getInt("version"), "PUBLISHED");
    }

    private JsonObject withdraw(String user) {
        var r = admin.setStatus(editor2.setStatus(fresh(), "VERIFIED"), "PUBLISHED");
        return ReturnDesk.as(user).trySetStatus(r.getString("id"), r.getInt("version"), "DRAFT");
    }

    private JsonObject history(String user) {
        var r = fresh();
        return GraphQLClient.as(user).post("query($id: ID!) { auditLog(returnId: $id) { action } }",
                Json.createObjectBuilder().add("id", r.getString("id")).build());
    }
}
