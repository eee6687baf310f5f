package uk.nciistats.graphql;

import org.junit.jupiter.api.Test;
import uk.nciistats.support.GraphQLClient;
import uk.nciistats.support.Refused;
import uk.nciistats.support.ReturnSpec;
import uk.nciistats.support.ServerLog;
import uk.nciistats.support.TestServer;

import java.time.Duration;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A long invalid query is refused without being written to the server's log, on every path under
 * /graphql. Once a 264 KB query of 2,500 aliases was logged as one line of 264,017 characters, and
 * under `mvn liberty:run` the console's colouring backtracked on it until the logging lock held
 * every request that logs, a failed sign-in among them.
 */
class LongQueriesIT {
    private static final int LONGEST_LINE = 2_000;
    private static final String[] PATHS = {"/graphql", "/graphql/", "/graphql;x"};

    private final GraphQLClient viewer = GraphQLClient.as("viewer");

    @Test
    void longInvalidQueriesAreRefusedUnloggedAndSignInStillAnswersWithinASecond() {
        var marker = "leak" + UUID.randomUUID().toString().replace("-", "");
        var huge = aliases(marker, 2_500);
        var tooComplex = aliases(marker, 560);
        var invalid = aliases(marker + "x".repeat(120), 250);
        var log = ServerLog.markNow();

        for (var path : PATHS) {
            for (var query : new String[] {huge, tooComplex, invalid}) {
                Refused.cleanly(viewer.at(path).send(json(query)));
            }
        }
        long start = System.nanoTime();
        var signIn = new GraphQLClient(TestServer.baseUrl(), "nobody-" + UUID.randomUUID(), "wrong").send(json("{ offences { code } }"));
        var took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(huge.length()).isGreaterThan(260_000);
        assertThat(tooComplex.length()).isBetween(55_000, 63_000);
        assertThat(invalid.length()).isBetween(55_000, 63_000);
        assertThat(signIn.statusCode()).isEqualTo(401);
        assertThat(took).isLessThan(Duration.ofSeconds(1));
        assertThat(log.linesSinceMark()).allSatisfy(line -> {
            assertThat(line.length()).as(line.substring(0, Math.min(200, line.length()))).isLessThanOrEqualTo(LONGEST_LINE);
            assertThat(line).doesNotContain(marker);
        });
    }

    /** A refusal may quote what was sent (an unknown force code), but never more than a short line of it. */
    @Test
    void aRefusalOfALongValueReachesTheLogOnlyCut() {
        var marker = "leak" + UUID.randomUUID().toString().replace("-", "");
        var spec = ReturnSpec.records(TestServer.freshYear()).withForce(marker + "x".repeat(50_000) + marker);
        var log = ServerLog.markNow();

        var refusal = Refused.cleanly(GraphQLClient.as("editor").send(
                "mutation($in: ReturnInput!) { createReturn(input: $in) { id } }",
                jakarta.json.Json.createObjectBuilder().add("in", spec.json()).build()));

        assertThat(refusal.code()).isEqualTo("VALIDATION");
        assertThat(refusal.message().length()).isLessThan(1_100);
        assertThat(log.linesSinceMark()).allSatisfy(line -> {
            assertThat(line.length()).as(line.substring(0, Math.min(200, line.length()))).isLessThanOrEqualTo(LONGEST_LINE);
            assertThat(line).doesNotContain("x".repeat(1_000) + marker);
        });
    }

    @Test
    void theServersOwnInformationStillReachesItsLog() {
        assertThat(ServerLog.allMessages()).anySatisfy(line ->
                assertThat(line).contains(" uk.nciistats.").contains(" I "));
    }

    /**
     * {@code count} aliased questions about a field no type has, each of 7 fields and about 105
     * characters and the marker: 560 of them are too complex, 250 with a longer marker are merely invalid.
     */
    private static String aliases(String marker, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> "a" + i + ": forces(region: \"" + marker + "\") { code name shortName country region colour" + i + " }")
                .collect(Collectors.joining(" ", "{ ", " }"));
    }

    private static String json(String query) {
        return jakarta.json.Json.createObjectBuilder().add("query", query).build().toString();
    }
}
