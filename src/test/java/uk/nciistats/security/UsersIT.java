package uk.nciistats.security;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import uk.nciistats.support.GraphQLClient;
import uk.nciistats.support.Refusal;
import uk.nciistats.support.ServerLog;
import uk.nciistats.support.TestServer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Managing users over GraphQL with the contract's operations, as an administrator and as everyone
 * else. Each test makes users of its own: the demo accounts are shared by every test and never
 * disabled or changed here.
 */
class UsersIT {
    private static final String USER_FIELDS = "username role enabled lockedUntil lastSignIn";
    private static final String CREATE = "mutation($u: String!, $r: Role!, $p: String!) { createUser(input:"
            + " {username: $u, role: $r, password: $p}) { " + USER_FIELDS + " } }";
    private static final String SET_ROLE = "mutation($u: String!, $r: Role!) { setUserRole(username: $u, role: $r) { "
            + USER_FIELDS + " } }";
    private static final String DISABLE = "mutation($u: String!) { disableUser(username: $u) { " + USER_FIELDS + " } }";
    private static final String ENABLE = "mutation($u: String!) { enableUser(username: $u) { " + USER_FIELDS + " } }";
    private static final String RESET = "mutation($u: String!, $p: String!) { resetPassword(username: $u, password: $p) { "
            + USER_FIELDS + " } }";
    private static final String CHANGE_MINE = "mutation($c: String!, $p: String!) { changeMyPassword(current: $c, password: $p) }";
    private static final String USERS = "{ users { " + USER_FIELDS + " } }";
    private static final String A_READ = "{ offences { code } }";
    private static final int LOCK_AFTER = 10;

    private final GraphQLClient admin = GraphQLClient.as("admin");

    @Test
    void anAdminCreatesAUserWhoSignsInWithTheRoleGivenAndIsListedWithTheLastSignIn() {
        var name = freshName("kim");
        var password = freshPassword();

        var created = admin.data(CREATE, vars("u", name, "r", "EDITOR", "p", password)).getJsonObject("createUser");

        assertThat(created.getString("username")).isEqualTo(name);
        assertThat(created.getString("role")).isEqualTo("EDITOR");
        assertThat(created.getBoolean("enabled")).isTrue();
        assertThat(created.isNull("lockedUntil")).isTrue();
        assertThat(created.isNull("lastSignIn")).isTrue();
        var before = Instant.now().minusSeconds(5);
        assertThat(as(name, password).post(A_READ)).doesNotContainKey("errors");
        var listed = listed(name);
        assertThat(listed.getString("role")).isEqualTo("EDITOR");
        assertThat(Instant.parse(listed.getString("lastSignIn"))).isAfter(before);
    }

    @Test
    void everyUserOperationIsRefusedToEditorsAnalystsAndViewersAndChangesNothing() {
        var name = created("VIEWER");
        var operations = List.of(
                op(USERS, vars()),
                op(CREATE, vars("u", freshName("nope"), "r", "ADMIN", "p", freshPassword())),
                op(SET_ROLE, vars("u", name, "r", "ADMIN")),
                op(DISABLE, vars("u", name)),
                op(ENABLE, vars("u", name)),
                op(RESET, vars("u", name, "p", freshPassword())));

        for (var who : List.of("editor", "analyst", "viewer")) {
            for (var op : operations) {
                var refusal = Refusal.of(GraphQLClient.as(who).post(op.query(), op.variables()));
                assertThat(refusal.code()).as(who + " " + op.query()).isEqualTo("FORBIDDEN");
            }
        }

        var listed = listed(name);
        assertThat(listed.getString("role")).isEqualTo("VIEWER");
        assertThat(listed.getBoolean("enabled")).isTrue();
    }

    @Test
    void badInputIsRefusedAsValidationNamingTheField() {
        var name = created("VIEWER");

        assertThat(refusal(admin, CREATE, vars("u", freshName("short"), "r", "VIEWER", "p", "elevenchars")))
                .isEqualTo(new Refusal("VALIDATION", "input.password", "a password needs at least 12 characters"));
        assertThat(refusal(admin, CREATE, vars("u", "Kim Jones", "r", "VIEWER", "p", freshPassword())).field())
                .isEqualTo("input.username");
        assertThat(refusal(admin, CREATE, vars("u", name, "r", "ADMIN", "p", freshPassword())))
                .isEqualTo(new Refusal("VALIDATION", "input.username", "there is already a user named '" + name + "'"));
        assertThat(refusal(admin, RESET, vars("u", name, "p", "too short"))).extracting(Refusal::code, Refusal::field)
                .containsExactly("VALIDATION", "password");
        assertThat(refusal(admin, DISABLE, vars("u", "nobody-" + UUID.randomUUID()))).extracting(Refusal::code, Refusal::field)
                .containsExactly("NOT_FOUND", "username");
        assertThat(listed(name).getString("role")).isEqualTo("VIEWER");
    }

    @Test
    void anAdminCanNeitherDisableThemselvesNorResetTheirOwnPassword() {
        var boss = created("ADMIN");
        var password = passwordOf(boss);

        assertThat(refusal(as(boss, password), DISABLE, vars("u", boss))).extracting(Refusal::code, Refusal::field)
                .containsExactly("VALIDATION", "username");
        assertThat(refusal(as(boss, password), RESET, vars("u", boss, "p", freshPassword())))
                .extracting(Refusal::code, Refusal::field).containsExactly("VALIDATION", "username");
        assertThat(listed(boss).getBoolean("enabled")).isTrue();
        assertThat(as(boss, password).post(A_READ)).doesNotContainKey("errors");
    }

    @Test
    void disablingAUserRefusesTheirNextRequestAtOnceAndEnablingLetsThemBackIn() {
        var name = created("ANALYST");
        var user = as(name, passwordOf(name));
        assertThat(user.send(A_READ, vars()).statusCode()).isEqualTo(200);

        var disabled = admin.data(DISABLE, vars("u", name)).getJsonObject("disableUser");

        assertThat(disabled.getBoolean("enabled")).isFalse();
        assertThat(user.send(A_READ, vars()).statusCode()).isEqualTo(401);
        assertThat(listed(name).getBoolean("enabled")).isFalse();

        var enabled = admin.data(ENABLE, vars("u", name)).getJsonObject("enableUser");

        assertThat(enabled.getBoolean("enabled")).isTrue();
        assertThat(user.send(A_READ, vars()).statusCode()).isEqualTo(200);
    }

    @Test
    void enablingAUserLiftsTheLockOutThatFailedSignInsPutOnThem() {
        var name = created("VIEWER");
        var wrong = as(name, "not-the-password-at-all");
        for (int i = 0; i < LOCK_AFTER; i++) {
            assertThat(wrong.send(A_READ, vars()).statusCode()).isEqualTo(401);
        }
        assertThat(as(name, passwordOf(name)).send(A_READ, vars()).statusCode()).as("locked out").isEqualTo(401);
        assertThat(listed(name).getString("lockedUntil", null)).isNotNull();

        var enabled = admin.data(ENABLE, vars("u", name)).getJsonObject("enableUser");

        assertThat(enabled.isNull("lockedUntil")).isTrue();
        assertThat(as(name, passwordOf(name)).send(A_READ, vars()).statusCode()).isEqualTo(200);
    }

    @Test
    void aNewRoleAppliesFromTheUsersNextRequest() {
        var name = created("VIEWER");
        var user = as(name, passwordOf(name));
        assertThat(Refusal.of(user.post(USERS)).code()).isEqualTo("FORBIDDEN");

        var promoted = admin.data(SET_ROLE, vars("u", name, "r", "ADMIN")).getJsonObject("setUserRole");

        assertThat(promoted.getString("role")).isEqualTo("ADMIN");
        assertThat(user.data(USERS).getJsonArray("users")).isNotEmpty();
        admin.data(SET_ROLE, vars("u", name, "r", "ANALYST"));
        assertThat(Refusal.of(user.post(USERS)).code()).isEqualTo("FORBIDDEN");
    }

    @Test
    void aResetPasswordReplacesTheOldOneAtOnce() {
        var name = created("EDITOR");
        var old = as(name, passwordOf(name));
        assertThat(old.send(A_READ, vars()).statusCode()).isEqualTo(200);
        var fresh = freshPassword();

        admin.data(RESET, vars("u", name, "p", fresh));

        assertThat(old.send(A_READ, vars()).statusCode()).isEqualTo(401);
        assertThat(as(name, fresh).send(A_READ, vars()).statusCode()).isEqualTo(200);
    }

    @Test
    void anyoneSignedInChangesTheirOwnPasswordGivenTheCurrentOne() {
        var name = created("VIEWER");
        var current = passwordOf(name);
        var fresh = freshPassword();

        assertThat(refusal(as(name, current), CHANGE_MINE, vars("c", "not my password", "p", fresh)))
                .extracting(Refusal::code, Refusal::field).containsExactly("VALIDATION", "current");
        assertThat(refusal(as(name, current), CHANGE_MINE, vars("c", current, "p", "short"))).extracting(Refusal::field)
                .isEqualTo("password");
        assertThat(as(name, current).data(CHANGE_MINE, vars("c", current, "p", fresh)).getBoolean("changeMyPassword"))
                .isTrue();

        assertThat(as(name, current).send(A_READ, vars()).statusCode()).isEqualTo(401);
        assertThat(as(name, fresh).send(A_READ, vars()).statusCode()).isEqualTo(200);
    }

    @Test
    void everyChangeToAUserIsAuditedWithWhoAndWhatButNeverThePassword() {
        var log = ServerLog.markNow();
        var name = freshName("audited");
        var first = freshPassword();
        var second = freshPassword();
        var third = freshPassword();
        admin.data(CREATE, vars("u", name, "r", "VIEWER", "p", first));
        admin.data(SET_ROLE, vars("u", name, "r", "ANALYST"));
        admin.data(DISABLE, vars("u", name));
        admin.data(ENABLE, vars("u", name));
        admin.data(RESET, vars("u", name, "p", second));
        as(name, second).data(CHANGE_MINE, vars("c", second, "p", third));
        admin.post(SET_ROLE, vars("u", name, "r", "ANALYST"));
        GraphQLClient.as("editor").post(DISABLE, vars("u", name));

        var entries = admin.data("{ auditLog(first: 500) { actor action returnId before after } }")
                .getJsonArray("auditLog").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("after", "").contains("\"" + name + "\"")).toList();

        assertThat(entries).extracting(e -> e.getString("action")).containsExactly("CHANGE_PASSWORD", "RESET_PASSWORD",
                "ENABLE_USER", "DISABLE_USER", "SET_USER_ROLE", "CREATE_USER");
        assertThat(entries).extracting(e -> e.getString("actor")).containsExactly(name, "admin", "admin", "admin",
                "admin", "admin");
        assertThat(entries.get(4).getString("before")).contains("\"role\":\"VIEWER\"");
        assertThat(entries.get(4).getString("after")).contains("\"role\":\"ANALYST\"");
        assertThat(entries.get(3).getString("after")).contains("\"enabled\":false");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.isNull("returnId")).isTrue();
            assertThat(e.toString()).doesNotContain(first, second, third, "pbkdf2", "password_hash", "passwordHash");
        });
        assertThat(String.join("\n", log.linesSinceMark())).doesNotContain(first, second, third);
    }

    private record Op(String query, JsonObject variables) {
    }

    private static Op op(String query, JsonObject variables) {
        return new Op(query, variables);
    }

    /** A new user of this role, made by the admin; its password is {@link #passwordOf}. */
    private String created(String role) {
        var name = freshName(role.toLowerCase());
        admin.data(CREATE, vars("u", name, "r", role, "p", passwordOf(name)));
        return name;
    }

    private JsonObject listed(String name) {
        return admin.data(USERS).getJsonArray("users").getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("username").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not listed"));
    }

    private static Refusal refusal(GraphQLClient client, String query, JsonObject variables) {
        return Refusal.of(client.post(query, variables));
    }

    private static GraphQLClient as(String name, String password) {
        return new GraphQLClient(TestServer.baseUrl(), name, password);
    }

    private static String freshName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String passwordOf(String name) {
        return "pw of " + name + " that is long";
    }

    private static String freshPassword() {
        return "pw-" + UUID.randomUUID();
    }

    private static JsonObject vars(String... namesAndValues) {
        var vars = Json.createObjectBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            vars.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return vars.build();
    }
}
