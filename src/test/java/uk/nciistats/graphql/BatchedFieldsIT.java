package uk.nciistats.graphql;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.nciistats.support.GraphQLClient;
import uk.nciistats.support.ReturnDesk;
import uk.nciistats.support.ReturnSpec;
import uk.nciistats.support.TestServer;

import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A field that reads the database for each parent (a force's returns, a return's counts, a report's
 * return) is loaded for all its parents at once: a request costs one SQL statement per such field,
 * whether it lists one force or 43. The server counts the statements each request sent (EclipseLink's
 * session events, on for the test server by {@code ncii.graphql.countStatements}) and says so in the
 * header {@code X-SQL-Statements}.
 */
class BatchedFieldsIT {
    private static final String COUNTS = "{ dimension category count }";
    private final GraphQLClient analyst = GraphQLClient.as("analyst");

    @BeforeAll
    static void returnsWithCountsInTwoForces() {
        var editor = ReturnDesk.as("editor");
        for (var force : List.of(ReturnSpec.KENT, "E23000001")) {
            var spec = ReturnSpec.aggregate(TestServer.freshYear()).withForce(force).withRef(TestServer.uniqueRef("BATCH"));
            editor.setCounts(editor.create(spec), ReturnDesk.kentCells());
        }
    }

    @Test
    void everyForcesReturnsAndTheirCountsCostTwoStatements() {
        var all = statements("{ forces { code returns { id counts " + COUNTS + " } } }");

        assertThat(all).isEqualTo(2);
    }

    @Test
    void fortyThreeForcesCostNoMoreStatementsThanOne() {
        var one = statements("{ forces(region: \"South East\") { returns { id counts " + COUNTS + " } } }");
        var all = statements("{ forces { returns { id counts " + COUNTS + " } } }");

        assertThat(all).isEqualTo(one);
    }

    @Test
    void theReturnsOfFiftyReportsCostOneStatementAsForOneReport() {
        analyst.data("{ reports(first: 1) { totalCount } }"); // the count of all reports is kept: counted once here
        var one = statements("{ reports(first: 1) { edges { node { id dataReturn { ref counts " + COUNTS + " } } } } }");
        var fifty = statements("{ reports(first: 50) { edges { node { id dataReturn { ref counts " + COUNTS + " } } } } }");

        assertThat(fifty).isEqualTo(one);
    }

    @Test
    void batchedFieldsAnswerEachParentItsOwnValues() {
        var data = analyst.data("{ forces { code returns { ref force { code } counts " + COUNTS + " } } }");

        for (var force : data.getJsonArray("forces").getValuesAs(JsonObject.class)) {
            for (var r : force.getJsonArray("returns").getValuesAs(JsonObject.class)) {
                assertThat(r.getJsonObject("force").getString("code")).isEqualTo(force.getString("code"));
            }
        }
        var kent = data.getJsonArray("forces").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("code").equals(ReturnSpec.KENT)).findFirst().orElseThrow();
        assertThat(kent.getJsonArray("returns").getValuesAs(JsonObject.class))
                .anySatisfy(r -> assertThat(r.getJsonArray("counts")).isNotEmpty());
    }

    /** What the query cost, asked under a name of its own so that no kept answer serves it. */
    private long statements(String query) {
        var response = analyst.send("query Batched" + System.nanoTime() + " " + query, Json.createObjectBuilder().build());
        assertThat(response.statusCode()).isEqualTo(200);
        var body = Json.createReader(new StringReader(response.body())).readObject();
        assertThat(body.containsKey("errors")).as(response.body()).isFalse();
        return Long.parseLong(response.headers().firstValue("X-SQL-Statements").orElseThrow(() ->
                new AssertionError("the server does not count statements: run it with -Dncii.graphql.countStatements=true")));
    }
}
