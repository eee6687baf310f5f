package uk.nciistats.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Talks GraphQL over HTTP to a running server, as one of the demo accounts. */
public final class GraphQLClient {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;
    private final String path;
    private final String user;
    private final String password;

    public GraphQLClient(String baseUrl, String user, String password) {
        this(baseUrl, "/graphql", user, password);
    }

    private GraphQLClient(String baseUrl, String path, String user, String password) {
        this.baseUrl = baseUrl;
        this.path = path;
        this.user = user;
        this.password = password;
    }

    /** A client of the integration-test server for a demo account (admin, editor, editor2, analyst, viewer). */
    public static GraphQLClient as(String user) {
        return new GraphQLClient(TestServer.baseUrl(), user, TestServer.demoPassword());
    }

    public GraphQLClient on(String otherBaseUrl) {
        return new GraphQLClient(otherBaseUrl, path, user, password);
    }

    /** The same account posting to another path of the server, such as {@code /graphql/} or {@code /graphql;x}. */
    public GraphQLClient at(String otherPath) {
        return new GraphQLClient(baseUrl, otherPath, user, password);
    }

    /** Posts the query and answers the whole response body. */
    public JsonObject post(String query) {
        return post(query, JsonValue.EMPTY_JSON_OBJECT);
    }

    public JsonObject post(String query, JsonObject variables) {
        var response = send(query, variables);
        if (response.statusCode() != 200) {
            throw new AssertionError("HTTP " + response.statusCode() + ": " + response.body());
        }
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** The data of a query that must succeed. */
    public JsonObject data(String query) {
        return data(query, JsonValue.EMPTY_JSON_OBJECT);
    }

    public JsonObject data(String query, JsonObject variables) {
        var answer = post(query, variables);
        if (answer.containsKey("errors")) {
            throw new AssertionError("expected no errors, got " + answer.get("errors"));
        }
        return answer.getJsonObject("data");
    }

    /** The first error of a query that must fail. */
    public JsonObject error(String query) {
        return error(query, JsonValue.EMPTY_JSON_OBJECT);
    }

    public JsonObject error(String query, JsonObject variables) {
        var answer = post(query, variables);
        if (!answer.containsKey("errors")) {
            throw new AssertionError("expected an error, got " + answer);
        }
        return answer.getJsonArray("errors").getJsonObject(0);
    }

    /** Posts the query and answers the raw HTTP response, whatever it holds. */
    public HttpResponse<String> send(String query, JsonObject variables) {
        return send(Json.createObjectBuilder().add("query", query).add("variables", variables).build().toString());
    }

    public HttpResponse<String> send(String body) {
        return send(body, "application/json");
    }

    /** Posts the body as it is, declared as {@code contentType}. */
    public HttpResponse<String> send(String body, String contentType) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType)
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError("cannot reach " + baseUrl, e);
        }
    }
}
