package uk.nciistats.graphql;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.nciistats.support.GraphQLClient;
import uk.nciistats.support.HttpGet;
import uk.nciistats.support.Refused;
import uk.nciistats.support.ReturnDesk;
import uk.nciistats.support.ReturnSpec;
import uk.nciistats.support.TestServer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphQL has one front: whatever path under /graphql a request names, it meets the same checks
 * (JSON only, the body cap, depth and complexity) or is refused outright, and every refusal is a
 * JSON error without internals. These requests are the contract across a change of GraphQL runtime.
 * (The console session's part of it is in {@code console.ConsoleSessionIT}.)
 */
class GraphQLFrontIT {
    private static final String OFFENCES = "{ offences { code } }";
    private static final String DEEP = "{ forces { " + "returns { force { ".repeat(14) + "code" + " } }".repeat(14) + " } }";

    private final GraphQLClient analyst = GraphQLClient.as("analyst");

    @ParameterizedTest
    @ValueSource(strings = {"/graphql", "/graphql/", "/graphql/x", "/graphql;x"})
    void aBodyNotDeclaredJsonIsRefusedOnEveryPath(String path) {
        var response = analyst.at(path).send(json(OFFENCES), "text/plain;charset=UTF-8");

        Refused.cleanly(response);
        assertThat(response.body()).doesNotContain("CJCA2015");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/graphql", "/graphql/", "/graphql/x", "/graphql;x"})
    void aBodyOverTheCapIsRefusedOnEveryPath(String path) {
        var padded = "{ offences { code } }" + " ".repeat(70 * 1024);

        var response = analyst.at(path).send(json(padded));

        Refused.cleanly(response);
        assertThat(response.statusCode()).isIn(404, 413);
        assertThat(response.body()).doesNotContain("CJCA2015");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/graphql", "/graphql/", "/graphql/x", "/graphql;x"})
    void aQueryThirtyLevelsDeepIsRefusedOnEveryPath(String path) {
        var response = analyst.at(path).send(json(DEEP));

        Refused.cleanly(response);
        assertThat(response.body()).doesNotContain("E23000001");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/graphql/", "/graphql/x", "/graphql;x"})
    void aMutationPostedToAnotherPathStoresNothing(String path) {
        var spec = ReturnSpec.records(TestServer.freshYear()).withRef(TestServer.uniqueRef("FRONT"));
        var create = Json.createObjectBuilder()
                .add("query", "mutation($in: ReturnInput!) { createReturn(input: $in) { id } }")
                .add("variables", Json.createObjectBuilder().add("in", spec.json())).build().toString();

        var response = GraphQLClient.as("editor").at(path).send(create, "text/plain");

        Refused.cleanly(response);
        assertThat(ReturnDesk.as("analyst").withRef(spec)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/graphql", "/graphql/", "/graphql/x", "/graphql;x"})
    void aRefusalByTheDomainNamesNoJavaClassOnAnyPath(String path) {
        var response = GraphQLClient.as("viewer").at(path).send(json("{ returns { totalCount } }"));

        Refused.cleanly(response);
    }

    @Test
    void getGraphqlAnswersAJson405ThatAllowsOnlyPost() {
        var response = HttpGet.as("analyst").get("/graphql?query=%7B%20offences%20%7B%20code%20%7D%20%7D");

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
        var refusal = Refused.cleanly(response);
        assertThat(refusal.code()).isEqualTo("VALIDATION");
        assertThat(response.body()).doesNotContain("CJCA2015");
    }

    @Test
    void otherMethodsOnGraphqlAreJson405sToo() throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + "/graphql"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", basic("analyst"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json(OFFENCES))).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
        Refused.cleanly(response);
    }

    @Test
    void theSchemaIsStillServedAtItsOwnPath() {
        var response = HttpGet.as("viewer").get("/graphql/schema.graphql");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("cohortStats").contains("ReportWhere");
    }

    @Test
    void anotherPathUnderGraphqlServesNothingToGetEither() {
        var response = HttpGet.as("analyst").get("/graphql/x?query=%7B%20offences%20%7B%20code%20%7D%20%7D");

        assertThat(response.statusCode()).isEqualTo(404);
        Refused.cleanly(response);
    }

    private static String json(String query) {
        return Json.createObjectBuilder().add("query", query).build().toString();
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + TestServer.demoPassword())
                .getBytes(StandardCharsets.UTF_8));
    }
}
