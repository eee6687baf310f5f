package uk.nciistats.graphql;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import uk.nciistats.errors.DomainException;
import uk.nciistats.errors.TooComplexException;
import uk.nciistats.errors.ValidationException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class RequestLimitsTest {
    private final RequestLimits limits = new RequestLimits(65_536, 10_000, 15, 2_000, 100, 100);

    @Test
    void graphiqlsIntrospectionQueryIsWithinEveryLimit() throws IOException {
        String introspection;
        try (var in = RequestLimitsTest.class.getResourceAsStream("/graphql/introspection.graphql")) {
            introspection = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThatCode(() -> limits.check(introspection, null)).doesNotThrowAnyException();
    }

    @Test
    void fragmentsAreCountedAsOftenAsTheyAreSpread() {
        var query = "{ forces { ...F ...F ...F } } fragment F on Force { code name }";

        var cost = DocumentCost.of(parse(query), field -> 1);

        assertThat(cost.fields()).isEqualTo(7);
        assertThat(cost.depth()).isEqualTo(2);
    }

    @Test
    void sixtyLevelsOfFragmentsDoublingAreMeasuredAtOnce() {
        var doubling = new StringBuilder("{ forces { ...F60 } } fragment F0 on Force { code }");
        for (int level = 1; level <= 60; level++) {
            doubling.append(" fragment F").append(level).append(" on Force { ...F").append(level - 1)
                    .append(" a").append(level).append(": returns { force { ...F").append(level - 1).append(" } } }");
        }

        var refusal = assertTimeoutPreemptively(Duration.ofSeconds(1),
                () -> catchThrowableOfType(() -> limits.check(doubling.toString(), null), TooComplexException.class));

        assertThat(refusal).isNotNull();
    }

    @Test
    void aStatisticsQuestionWeighsAHundredFields() {
        var twenty = IntStream.range(0, 20).mapToObj(i -> "q" + i + ": cohortStats { total { low } }")
                .collect(Collectors.joining(" ", "{ ", " }"));

        var refusal = catchThrowableOfType(() -> limits.check(twenty, null), TooComplexException.class);

        assertThat(refusal).isNotNull();
        assertThat(refusal.field()).isEqualTo("query");
    }

    @Test
    void sixteenLevelsAreOneTooMany() {
        var sixteen = "{ forces { " + "returns { force { ".repeat(7) + "code" + " } }".repeat(7) + " } }";
        var fifteen = "{ forces { " + "returns { force { ".repeat(6) + "returns { id }" + " } }".repeat(6) + " } }";

        assertThat(catchThrowableOfType(() -> limits.check(sixteen, null), TooComplexException.class)).isNotNull();
        assertThatCode(() -> limits.check(fifteen, null)).doesNotThrowAnyException();
    }

    @Test
    void aFragmentThatSpreadsItselfIsRefusedNotFollowedForever() {
        var cycle = "{ forces { ...A } } fragment A on Force { ...B } fragment B on Force { code ...A }";

        assertThat(catchThrowableOfType(() -> limits.check(cycle, null), DomainException.class)).isNotNull();
    }

    @Test
    void anArgumentWrittenTooDeepIsNamed() {
        var deep = "{ reports(first: 1, where: " + "{not: ".repeat(100) + "{victimAge: {gte: 0}}" + "}".repeat(100)
                + ") { totalCount } }";

        var refusal = catchThrowableOfType(() -> limits.check(deep, null), ValidationException.class);

        assertThat(refusal.field()).isEqualTo("where");
    }

    @Test
    void bracketsInStringsAndCommentsAreNotNesting() {
        var query = "{ forces(region: \"" + "{[".repeat(200) + "\") { code } # " + "{".repeat(200) + "\n}"
                + " fragment X on Force { code(\"\"\" {{{{ \\\"\"\" [[[[ \"\"\") }";

        assertThat(ArgumentNesting.inDocument(query, 3)).isEmpty();
    }

    @Test
    void aVariableTooDeepIsNamedByTheArgumentItIsGivenTo() {
        JsonObject where = Json.createObjectBuilder().add("victimAge", Json.createObjectBuilder().add("gte", 0)).build();
        for (int i = 0; i < 150; i++) {
            where = Json.createObjectBuilder().add("not", where).build();
        }
        var variables = Json.createObjectBuilder().add("w", where).build();

        var refusal = catchThrowableOfType(() -> limits.check(
                "query($w: ReportWhere) { reports(where: {and: [$w]}) { totalCount } }", variables), ValidationException.class);

        assertThat(refusal.field()).isEqualTo("where");
    }

    @Test
    void aDocumentOfTooManyTokensIsTooComplex() {
        var values = IntStream.range(0, 10_001).mapToObj(i -> "1").collect(Collectors.joining(" "));

        var refusal = catchThrowableOfType(() -> limits.check("{ f(x: [" + values + "]) }", null), TooComplexException.class);

        assertThat(refusal).isNotNull();
    }

    @Test
    void aDocumentThatDoesNotParseIsLeftToTheSchemaCheck() {
        assertThatCode(() -> limits.check("{ forces { code ", null)).doesNotThrowAnyException();
    }

    private static graphql.language.Document parse(String query) {
        return new graphql.parser.Parser().parseDocument(query);
    }
}
