package uk.nciistats.graphql;

import org.junit.jupiter.api.Test;
import uk.nciistats.support.GraphQLClient;
import uk.nciistats.support.TestServer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

class MalformedRequestsIT {
    private final GraphQLClient analyst = GraphQLClient.as("analyst");

    @Test
    void aDocumentWithBrokenSyntaxIsAValidationErrorWithoutInternals() {
        var response = analyst.send("{\"query\": \"{ forces { code \"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"code\":\"VALIDATION\"").contains("\"field\":\"query\"")
                .doesNotContain("Exception").doesNotContain("at uk.").doesNotContain("graphql.");
    }

    @Test
    void anUnknownFieldIsNamedInTheError() {
        var error = analyst.error("{ forces { code colour } }");

        assertThat(error.getJsonObject("extensions").getString("code")).isEqualTo("VALIDATION");
        assertThat(error.getJsonObject("extensions").getString("field")).isEqualTo("forces.colour");
        assertThat(error.getString("message")).contains("colour");
    }

    @Test
    void aVariableOfTheWrongTypeIsNamedInTheError() {
        var error = analyst.error("query($n: Int) { returns(first: $n) { totalCount } }",
                jakarta.json.Json.createObjectBuilder().add("n", "many").build());

        assertThat(error.getJsonObject("extensions").getString("code")).isEqualTo("VALIDATION");
        assertThat(error.getJsonObject("extensions").getString("field")).isEqualTo("variables.n");
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedPlainly() {
        var response = analyst.send("this is not json");

        assertThat(response.body()).contains("\"code\":\"VALIDATION\"").contains("\"field\":\"body\"");
    }

    @Test
    void anAbsurdlyDeepQueryIsTooComplex() {
        var deep = "{ forces { " + "returns { force { ".repeat(12) + "code" + " } }".repeat(12) + " } }";

        var error = analyst.error(deep);

        assertThat(error.getJsonObject("extensions").getString("code")).isEqualTo("TOO_COMPLEX");
    }

    @Test
    void aRequestWithoutCredentialsGetsOnly401() throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ offences { code } }\"}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(response.body()).doesNotContain("offences").doesNotContain("CJCA2015");
    }

    @Test
    void aWrongPasswordGetsOnly401() {
        var response = new GraphQLClient(TestServer.baseUrl(), "admin", "wrong").send("{\"query\":\"{ offences { code } }\"}");

        assertThat(response.statusCode()).isEqualTo(401);
    }
}
