package uk.nciistats.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import uk.nciistats.support.GraphQLClient;
import uk.nciistats.support.LibertyServer;
import uk.nciistats.support.TestServer;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What was stored survives a restart: the shared integration-test server (embedded database) is
 * stopped and started again with its own bin/server script, and it is left running for the others.
 */
class RestartIT {
    private static final String FORCE = "E23000036"; // Devon & Cornwall
    private final LibertyServer server = LibertyServer.integrationTestServer();
    private final GraphQLClient editor = GraphQLClient.as("editor");
    private final GraphQLClient editor2 = GraphQLClient.as("editor2");
    private final GraphQLClient analyst = GraphQLClient.as("analyst");

    @Test
    void aVerifiedReturnWithItsCellsIsTheSameAfterTheServerRestarts() {
        int year = TestServer.freshYear();
        var ref = TestServer.uniqueRef("restart");
        var created = editor.data("""
                mutation($input: ReturnInput!) { createReturn(input: $input) { id version } }""",
                Json.createObjectBuilder().add("input", Json.createObjectBuilder().add("ref", ref).add("forceCode", FORCE)
                        .add("periodStart", year + "-01-01").add("periodEnd", year + "-12-31")
                        .add("granularity", "AGGREGATE").add("source", "RestartIT")).build())
                .getJsonObject("createReturn");
        var counted = editor.data("""
                mutation($id: ID!, $v: Int!, $cells: [CountCellInput!]!) {
                  setCounts(returnId: $id, expectedVersion: $v, cells: $cells) { version }
                }""", Json.createObjectBuilder().add("id", created.getString("id")).add("v", created.getInt("version"))
                .add("cells", Json.createArrayBuilder().add(cell("TOTAL", "", 7)).add(cell("AGE", "18-24", 5))
                        .add(cell("AGE", "UNKNOWN", 2)).add(cell("OUTCOME", "CHARGED", 1))).build())
                .getJsonObject("setCounts");
        editor2.data("mutation($id: ID!, $v: Int!) { setReturnStatus(id: $id, expectedVersion: $v, status: VERIFIED) { version } }",
                Json.createObjectBuilder().add("id", created.getString("id")).add("v", counted.getInt("version")).build());
        var before = returnOf(year);

        restart();

        var after = returnOf(year);
        assertThat(after).isEqualTo(before);
        assertThat(after.getString("ref")).isEqualTo(ref);
        assertThat(after.getString("status")).isEqualTo("VERIFIED");
        assertThat(after.getInt("total")).isEqualTo(7);
        assertThat(after.getJsonArray("counts")).hasSize(4);
    }

    private void restart() {
        assertThat(server.running()).as("server %s runs before the restart", server.name()).isTrue();
        server.stop();
        server.start();
        server.awaitReady(Duration.ofMinutes(3));
    }

    private JsonObject returnOf(int year) {
        var edges = analyst.data("""
                query($force: String!, $from: Date, $to: Date) {
                  returns(filter: {forces: [$force], from: $from, to: $to}) {
                    edges { node { id ref status version total source periodStart periodEnd
                                   counts { dimension category count } } }
                  }
                }""", Json.createObjectBuilder().add("force", FORCE).add("from", year + "-01-01").add("to", year + "-12-31").build())
                .getJsonObject("returns").getJsonArray("edges");
        assertThat(edges).as("returns of %s in %d", FORCE, year).hasSize(1);
        return edges.getJsonObject(0).getJsonObject("node");
    }

    private static JsonObject cell(String dimension, String category, int count) {
        return Json.createObjectBuilder().add("dimension", dimension).add("category", category).add("count", count).build();
    }
}
