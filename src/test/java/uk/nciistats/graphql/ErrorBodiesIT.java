package uk.nciistats.graphql;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import uk.nciistats.support.GraphQLClient;
import uk.nciistats.support.ReturnDesk;
import uk.nciistats.support.ReturnSpec;
import uk.nciistats.support.TestServer;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever goes wrong, a response never shows a Java class, a stack trace or SQL. */
class ErrorBodiesIT {
    private static final String CREATE = "mutation($in: ReturnInput!) { createReturn(input: $in) { id } }";
    private static final String UPDATE = "mutation($id: ID!, $v: Int!, $in: ReturnInput!) {"
            + " updateReturn(id: $id, expectedVersion: $v, input: $in) { id } }";
    private static final String COUNTS = "mutation($id: ID!, $v: Int!, $cells: [CountCellInput!]!) {"
            + " setCounts(returnId: $id, expectedVersion: $v, cells: $cells) { id } }";
    private static final String REPORTS = "mutation($id: ID!, $reports: [ReportInput!]!) { addReports(returnId: $id, reports: $reports) }";

    private final GraphQLClient editor = GraphQLClient.as("editor");
    private final GraphQLClient viewer = GraphQLClient.as("viewer");

    @Test
    void noErrorBodyShowsInternals() {
        var r = ReturnDesk.as("editor").create(ReturnSpec.records(TestServer.freshYear()));
        var spec = ReturnSpec.of(r);
        var responses = new ArrayList<HttpResponse<String>>();

        responses.add(editor.send(CREATE, input(spec)));                                             // duplicate ref
        responses.add(editor.send(CREATE, input(spec.withRef(TestServer.uniqueRef("LEAK")))));      // overlapping period
        responses.add(editor.send(CREATE, input(spec.withRef("x".repeat(65)))));                    // ref too long
        responses.add(editor.send(CREATE, input(spec.withForce("E23000032' OR '1'='1"))));
        responses.add(editor.send(CREATE, Json.createObjectBuilder().add("in",
                Json.createObjectBuilder(spec.json()).add("periodStart", "01/01/2030")).build()));   // not a date
        responses.add(editor.send(UPDATE, vars(r).add("v", 99).add("in", spec.json()).build())); // conflict
        responses.add(editor.send(UPDATE, Json.createObjectBuilder().add("id", "-1").add("v", 1)
                .add("in", spec.json()).build()));                                                  // not found
        responses.add(editor.send(COUNTS, vars(r).add("v", 1).add("cells", Json.createArrayBuilder()
                .add(ReturnDesk.cell("TOTAL", "", 1))).build()));                                   // counts on RECORDS
        responses.add(editor.send(REPORTS, vars(r).add("reports", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("victimAge", 300).add("homeOfficeOutcome", 99))).build()));
        responses.add(editor.send(REPORTS, vars(r).add("reports", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("victimAge", 2_000_000_000_000L))).build()));    // not an Int
        responses.add(viewer.send("{ returns { totalCount } }", JsonObject.EMPTY_JSON_OBJECT));    // forbidden
        responses.add(viewer.send("{ auditLog { action } }", JsonObject.EMPTY_JSON_OBJECT));
        responses.add(editor.send("{ returns(after: \"cmV0dXJuOjk5OTk5OTk5OTk5OTk5OTk5OTk5\") { totalCount } }",
                JsonObject.EMPTY_JSON_OBJECT));                                                     // id too large
        responses.add(editor.send("{ returns(filter: {from: \"yesterday\"}) { totalCount } }", JsonObject.EMPTY_JSON_OBJECT));
        responses.add(editor.send("{ returns { edges { node { secret } } } }", JsonObject.EMPTY_JSON_OBJECT));

        assertThat(responses).allSatisfy(response -> {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.body()).contains("\"errors\"")
                    .doesNotContain("Exception").doesNotContain("uk.nciistats").doesNotContain("org.")
                    .doesNotContain("java.").doesNotContain("\tat ").doesNotContain("SELECT")
                    .doesNotContain("INSERT").doesNotContain("data_return").doesNotContain("SQL");
        });
        assertThat(codes(responses)).doesNotContain("INTERNAL");
    }

    /** Finding 4 of issue 10: errors on /graphql/ carried "exception": "uk.nciistats.errors.ForbiddenException". */
    @Test
    void noErrorBodyShowsInternalsOnOtherPathsUnderGraphql() {
        var spec = ReturnSpec.records(TestServer.freshYear());
        for (var path : List.of("/graphql/", "/graphql/x", "/graphql;x", "/graphql/schema.graphql")) {
            var responses = List.of(
                    viewer.at(path).send("{ returns { totalCount } }", JsonObject.EMPTY_JSON_OBJECT),
                    editor.at(path).send(CREATE, input(spec.withForce("E23000032' OR '1'='1"))),
                    editor.at(path).send("{ returns { edges { node { secret } } } }", JsonObject.EMPTY_JSON_OBJECT),
                    editor.at(path).send("{ forces { code "));

            assertThat(responses).allSatisfy(response -> {
                assertThat(response.statusCode()).as(path + ": " + response.body()).isBetween(200, 499);
                assertThat(response.body()).contains("\"errors\"").doesNotContain("exception")
                        .doesNotContain("Exception").doesNotContain("uk.nciistats").doesNotContain("java.")
                        .doesNotContain("\tat ").doesNotContain("SQL");
            });
            assertThat(codes(responses)).as(path).doesNotContain("INTERNAL");
        }
    }

    private static JsonObject input(ReturnSpec spec) {
        return Json.createObjectBuilder().add("in", spec.json()).build();
    }

    private static jakarta.json.JsonObjectBuilder vars(JsonObject r) {
        return Json.createObjectBuilder().add("id", r.getString("id"));
    }

    private static List<String> codes(List<HttpResponse<String>> responses) {
        return responses.stream().flatMap(response -> Json.createReader(new java.io.StringReader(response.body()))
                .readObject().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getJsonObject("extensions").getString("code"))).toList();
    }
}
