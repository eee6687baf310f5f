package uk.nciistats.graphql;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import uk.nciistats.support.GraphQLClient;
import uk.nciistats.support.Refused;
import uk.nciistats.support.Refusal;
import uk.nciistats.support.TestServer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No GraphQL request costs the server more than the limits allow, and each is refused before any
 * work: the body (64 KB), the document's tokens, depth (15) and complexity (fields with fragments
 * expanded; a statistics question counts 100), each refused quickly and cleanly. Ordinary queries,
 * GraphiQL's introspection among them, are still answered.
 */
class RequestLimitsIT {
    private static final Duration QUICKLY = Duration.ofSeconds(2);

    private final GraphQLClient analyst = GraphQLClient.as("analyst");

    @Test
    void aBodyOverSixtyFourKilobytesIsRefusedAs413() {
        var response = analyst.send(json("{ offences { code } }" + " ".repeat(65 * 1024)));

        assertThat(response.statusCode()).isEqualTo(413);
        var refusal = Refused.cleanly(response);
        assertThat(refusal.code()).isEqualTo("VALIDATION");
        assertThat(refusal.field()).isEqualTo("body");
    }

    @Test
    void aBodyJustUnderTheCapIsAnswered() {
        var answer = analyst.data("{ offences { code } }" + " ".repeat(60 * 1024));

        assertThat(answer.getJsonArray("offences")).hasSize(2);
    }

    @Test
    void aThirtyMegabyteBodyIsRefusedWithoutBeingRead() {
        var body = new byte[30 * 1024 * 1024];
        java.util.Arrays.fill(body, (byte) ' ');

        var response = timed(() -> post(HttpRequest.BodyPublishers.ofByteArray(body)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(Refused.cleanly(response).field()).isEqualTo("body");
        assertThat(analyst.data("{ offences { code } }").getJsonArray("offences")).hasSize(2);
    }

    @Test
    void aBodyOfUndeclaredLengthIsCutOffAtTheCap() {
        Supplier<InputStream> endless = () -> new SequenceInputStream(
                new ByteArrayInputStream("{\"query\": \"{ offences { code } }\", \"x\": \"".getBytes(StandardCharsets.UTF_8)),
                new ByteArrayInputStream(new byte[2 * 1024 * 1024]));

        var response = post(HttpRequest.BodyPublishers.ofInputStream(endless));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(Refused.cleanly(response).field()).isEqualTo("body");
    }

    @Test
    void aQueryThirtyLevelsDeepIsTooComplex() {
        var deep = "{ forces { " + "returns { force { ".repeat(14) + "code" + " } }".repeat(14) + " } }";

        var refusal = refusalOf(deep);

        assertThat(refusal.code()).isEqualTo("TOO_COMPLEX");
        assertThat(refusal.message()).contains("15");
    }

    @Test
    void aQueryFifteenLevelsDeepIsAnswered() {
        var fifteen = "{ forces { " + "returns { force { ".repeat(6) + "returns { id }" + " } }".repeat(6) + " } }";

        var answer = analyst.data(fifteen);

        assertThat(answer.getJsonArray("forces")).hasSize(43);
    }

    /** A document of 1.4 KB whose fragments, each asking for the one before four times, expand to 17 million fields. */
    @Test
    void aFragmentDoublingQueryIsTooComplexAndRefusedQuickly() {
        var doubling = new StringBuilder("{ forces { ...F13 } }\nfragment F1 on Force { code }\n");
        for (int level = 2; level <= 13; level++) {
            boolean force = level % 2 == 1;
            var inner = force ? "returns" : "force";
            doubling.append("fragment F").append(level).append(" on ").append(force ? "Force" : "DataReturn").append(" {");
            for (var alias : new String[] {"a", "b", "c", "d"}) {
                doubling.append(' ').append(alias).append(": ").append(inner).append(" { ...F").append(level - 1).append(" }");
            }
            doubling.append(" }\n");
        }

        var refusal = timed(() -> refusalOf(doubling.toString()));

        assertThat(doubling.length()).isLessThan(1400);
        assertThat(refusal.code()).isEqualTo("TOO_COMPLEX");
    }

    @Test
    void threeHundredAliasedStatisticsQuestionsAreTooComplex() {
        var many = IntStream.range(0, 300).mapToObj(i -> "q" + i + ": cohortStats(groupBy: [FORCE]) { total { low high } }")
                .collect(Collectors.joining(" ", "{ ", " }"));

        var refusal = timed(() -> refusalOf(many));

        assertThat(refusal.code()).isEqualTo("TOO_COMPLEX");
    }

    @Test
    void aFewStatisticsQuestionsInOneRequestAreAnswered() {
        var few = IntStream.range(0, 10).mapToObj(i -> "q" + i + ": cohortStats(groupBy: [FORCE]) { total { low high } }")
                .collect(Collectors.joining(" ", "{ ", " }"));

        var answer = analyst.data(few);

        assertThat(answer.keySet()).hasSize(10);
    }

    @Test
    void aDocumentOfTwelveThousandTokensIsTooComplex() {
        var ages = IntStream.range(0, 12_000).mapToObj(i -> "1").collect(Collectors.joining(" "));

        var refusal = timed(() -> refusalOf("{ reports(where: {victimAge: {in: [" + ages + "]}}) { totalCount } }"));

        assertThat(refusal.code()).isEqualTo("TOO_COMPLEX");
    }

    @Test
    void graphiqlsIntrospectionQueryIsAnswered() throws IOException {
        String introspection;
        try (var in = RequestLimitsIT.class.getResourceAsStream("/graphql/introspection.graphql")) {
            introspection = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        var schema = analyst.data(introspection).getJsonObject("__schema");

        assertThat(schema.getJsonObject("queryType").getString("name")).isEqualTo("Query");
        assertThat(schema.getJsonArray("types").getValuesAs(JsonObject.class))
                .anySatisfy(type -> assertThat(type.getString("name")).isEqualTo("ReportWhere"));
    }

    private Refusal refusalOf(String query) {
        return Refused.cleanly(analyst.send(json(query)));
    }

    private static <T> T timed(Supplier<T> request) {
        long start = System.nanoTime();
        var answer = request.get();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(QUICKLY);
        return answer;
    }

    private static HttpResponse<String> post(HttpRequest.BodyPublisher body) {
        var request = HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + "/graphql"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("analyst:" + TestServer.demoPassword()).getBytes(StandardCharsets.UTF_8)))
                .POST(body).build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("the server did not answer the request", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String json(String query) {
        return Json.createObjectBuilder().add("query", query).build().toString();
    }
}
