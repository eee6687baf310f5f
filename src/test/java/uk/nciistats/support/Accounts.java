package uk.nciistats.support;

import jakarta.json.Json;

import java.util.UUID;

/**
 * Users of a test's own, made by the demo admin over GraphQL: tests that disable users or change
 * roles must never touch the demo accounts, which every test shares.
 */
public final class Accounts {
    private static final String CREATE = "mutation($u: String!, $r: Role!, $p: String!) { createUser(input:"
            + " {username: $u, role: $r, password: $p}) { username } }";
    private static final String RESET = "mutation($u: String!, $p: String!) { resetPassword(username: $u, password: $p)"
            + " { username } }";

    private Accounts() {
    }

    /** A new enabled user of this role, named after {@code prefix}; its password is {@link #passwordOf}. */
    public static String create(String prefix, String role) {
        var name = freshName(prefix);
        GraphQLClient.as("admin").data(CREATE, Json.createObjectBuilder().add("u", name).add("r", role)
                .add("p", passwordOf(name)).build());
        return name;
    }

    /** The demo admin gives the user a new password, which signs the user out everywhere. */
    public static void resetPassword(String name, String password) {
        GraphQLClient.as("admin").data(RESET, Json.createObjectBuilder().add("u", name).add("p", password).build());
    }

    public static String freshName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String passwordOf(String name) {
        return "pw of " + name + " that is long";
    }

    /** The HTTP status a GraphQL read answers when signed in with this name and password: 200 or 401. */
    public static int signInStatus(String name, String password) {
        return new GraphQLClient(TestServer.baseUrl(), name, password).send("{ offences { code } }",
                Json.createObjectBuilder().build()).statusCode();
    }
}
