package uk.nciistats.support;

import jakarta.json.JsonObject;

/** The first error of a GraphQL answer, as the contract shapes it: code, field and message. */
public record Refusal(String code, String field, String message) {

    public static Refusal of(JsonObject answer) {
        if (!answer.containsKey("errors")) {
            throw new AssertionError("expected an error, got " + answer);
        }
        var error = answer.getJsonArray("errors").getJsonObject(0);
        var extensions = error.getJsonObject("extensions");
        return new Refusal(extensions.getString("code"), extensions.getString("field", null), error.getString("message"));
    }
}
