package uk.nciistats.graphql;

import org.junit.jupiter.api.Test;
import uk.nciistats.support.HttpGet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema analysts' saved queries depend on is the one committed in
 * src/test/resources/graphql/schema.graphql, and that is the schema Liberty's own GraphQL runtime
 * served before SmallRye GraphQL 2 was embedded, plus the users the contract added since (schema-liberty-mpgraphql.graphql, decoded from the
 * ISO-8859-1 it was sent in). A change to the API shows here first, as a diff to commit on purpose.
 */
class SchemaIT {

    @Test
    void theServedSchemaIsTheCommittedOne() {
        var response = HttpGet.as("viewer").get("/graphql/schema.graphql");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/plain").containsIgnoringCase("charset=UTF-8"));
        assertThat(normalised(response.body())).isEqualTo(normalised(resource("schema.graphql")));
    }

    /**
     * The committed schema is Liberty's runtime's, line for line in order, plus only what the contract
     * added since: users (User, Role, UserInput and their operations).
     */
    @Test
    void theCommittedSchemaIsTheOneLibertysRuntimeServedPlusTheContractsUsers() {
        var liberty = normalised(resource("schema-liberty-mpgraphql.graphql")).lines().toList();
        var committed = normalised(resource("schema.graphql")).lines().toList();
        var added = new java.util.ArrayList<String>();
        int next = 0;
        for (var line : committed) {
            if (next < liberty.size() && line.equals(liberty.get(next))) {
                next++;
            } else {
                added.add(line.strip());
            }
        }

        assertThat(next).as("every line Liberty's runtime served is still there, in order").isEqualTo(liberty.size());
        assertThat(added).allSatisfy(line -> assertThat(line).matches(USERS));
    }

    /** Lines of the contract's "Users and API tokens" section: the user types, their fields, operations and docs. */
    private static final String USERS = "(\"[^\"]*\"|\\}|type User \\{|enum Role \\{|input UserInput \\{|ADMIN|ANALYST|EDITOR"
            + "|VIEWER|(enabled|lastSignIn|lockedUntil|role|username|password): .*|(users|createUser|setUserRole|disableUser"
            + "|enableUser|resetPassword|changeMyPassword)\\(?.*)";

    /** Line by line, without trailing blanks and blank lines, so only what a schema says is compared. */
    static String normalised(String sdl) {
        return sdl.lines().map(String::stripTrailing).filter(line -> !line.isEmpty()).collect(Collectors.joining("\n"));
    }

    private static String resource(String name) {
        try (var in = SchemaIT.class.getResourceAsStream("/graphql/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
