package uk.nciistats.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a refused GraphQL request answers, on whatever path it came: a JSON body of the contract's
 * errors, each with a code that is not a failure of the server, no data, and no Java class, stack
 * trace or package name.
 */
public final class Refused {
    private static final Set<String> CODES = Set.of("VALIDATION", "NOT_FOUND", "CONFLICT", "FORBIDDEN",
            "UNAUTHENTICATED", "TOO_COMPLEX");

    private Refused() {
    }

    /** Asserts the response is such a refusal; answers its first error as a {@link Refusal}. */
    public static Refusal cleanly(HttpResponse<String> response) {
        var body = response.body();
        assertThat(response.statusCode()).as(body).isBetween(200, 499);
        assertThat(response.headers().firstValue("Content-Type")).as(body)
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(body).doesNotContain("exception").doesNotContain("Exception").doesNotContain("uk.nciistats")
                .doesNotContain("java.").doesNotContain("\tat ");
        JsonObject answer = Json.createReader(new StringReader(body)).readObject();
        assertThat(answer.getJsonArray("errors")).as(body).isNotEmpty();
        assertThat(answer.getOrDefault("data", JsonValue.NULL)).as(body).isEqualTo(JsonValue.NULL);
        for (var error : answer.getJsonArray("errors").getValuesAs(JsonObject.class)) {
            var extensions = error.getJsonObject("extensions");
            assertThat(extensions).as(body).isNotNull();
            assertThat(extensions.getString("code", null)).as(body).isIn(CODES);
        }
        return Refusal.of(answer);
    }
}
