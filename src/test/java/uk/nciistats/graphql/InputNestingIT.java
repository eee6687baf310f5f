package uk.nciistats.graphql;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import uk.nciistats.support.GraphQLClient;
import uk.nciistats.support.Refused;
import uk.nciistats.support.ServerLog;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code reports(where:)} expression nests at most 32 levels of {@code and}, {@code or} and
 * {@code not}; a deeper one, whether sent in variables or written in the document, is refused as
 * VALIDATION of the argument {@code where} before it reaches the database, and logs no stack trace.
 */
class InputNestingIT {
    private static final String BY_VARIABLE = "query($w: ReportWhere) { reports(where: $w) { totalCount } }";

    private final GraphQLClient analyst = GraphQLClient.as("analyst");

    @Test
    void nineHundredNestedNotsInVariablesAreRefusedAsValidationOfWhere() {
        var log = ServerLog.markNow();

        var response = analyst.send(BY_VARIABLE, Json.createObjectBuilder().add("w", where(900)).build());

        var refusal = Refused.cleanly(response);
        assertThat(refusal.code()).isEqualTo("VALIDATION");
        assertThat(refusal.field()).isEqualTo("where");
        assertThat(log.linesSinceMark()).noneMatch(line -> line.contains("StackOverflowError") || line.startsWith("\tat "));
    }

    @Test
    void nineHundredNestedNotsInTheDocumentAreRefusedAsValidationOfWhere() {
        var log = ServerLog.markNow();

        var response = analyst.send("{ reports(where: " + inline(900) + ") { totalCount } }", JsonObject.EMPTY_JSON_OBJECT);

        var refusal = Refused.cleanly(response);
        assertThat(refusal.code()).isEqualTo("VALIDATION");
        assertThat(refusal.field()).isEqualTo("where");
        assertThat(log.linesSinceMark()).noneMatch(line -> line.contains("StackOverflowError") || line.startsWith("\tat "));
    }

    @Test
    void thirtyThousandNestedListsInTheBodyAreRefusedCleanly() {
        var log = ServerLog.markNow();
        var body = "{\"query\": \"" + BY_VARIABLE + "\", \"variables\": {\"w\": "
                + "[".repeat(30_000) + "]".repeat(30_000) + "}}";

        var response = analyst.send(body);

        assertThat(Refused.cleanly(response).code()).isEqualTo("VALIDATION");
        assertThat(log.linesSinceMark()).noneMatch(line -> line.contains("StackOverflowError") || line.startsWith("\tat "));
    }

    @Test
    void thirtyThreeLevelsAreOneTooMany() {
        var byVariable = analyst.send(BY_VARIABLE, Json.createObjectBuilder().add("w", where(33)).build());
        var inDocument = analyst.send("{ reports(where: " + inline(33) + ") { totalCount } }", JsonObject.EMPTY_JSON_OBJECT);

        for (var response : java.util.List.of(byVariable, inDocument)) {
            var refusal = Refused.cleanly(response);
            assertThat(refusal.code()).isEqualTo("VALIDATION");
            assertThat(refusal.field()).isEqualTo("where");
            assertThat(refusal.message()).contains("32");
        }
    }

    @Test
    void thirtyTwoLevelsAreAnswered() {
        var byVariable = analyst.data(BY_VARIABLE, Json.createObjectBuilder().add("w", where(32)).build());
        var inDocument = analyst.data("{ reports(where: " + inline(32) + ") { totalCount } }");

        assertThat(byVariable.getJsonObject("reports").getInt("totalCount")).isGreaterThanOrEqualTo(0);
        assertThat(inDocument.getJsonObject("reports").getInt("totalCount"))
                .isEqualTo(byVariable.getJsonObject("reports").getInt("totalCount"));
    }

    @Test
    void thirtyTwoLevelsOfAndListsAreAnswered() {
        JsonObject where = Json.createObjectBuilder().add("victimAge", Json.createObjectBuilder()
                .add("in", Json.createArrayBuilder().add(1).add(2))).build();
        for (int level = 2; level <= 32; level++) {
            where = Json.createObjectBuilder().add("and", Json.createArrayBuilder().add(where)).build();
        }

        var answer = analyst.data(BY_VARIABLE, Json.createObjectBuilder().add("w", where).build());

        assertThat(answer.getJsonObject("reports").getInt("totalCount")).isGreaterThanOrEqualTo(0);
    }

    /** A ReportWhere {@code levels} deep: {@code not} around {@code not} around a comparison of ages. */
    private static JsonObject where(int levels) {
        JsonObject where = Json.createObjectBuilder().add("victimAge", Json.createObjectBuilder().add("gte", 0)).build();
        for (int level = 2; level <= levels; level++) {
            where = Json.createObjectBuilder().add("not", where).build();
        }
        return where;
    }

    private static String inline(int levels) {
        return "{not: ".repeat(levels - 1) + "{victimAge: {gte: 0}}" + "}".repeat(levels - 1);
    }
}
