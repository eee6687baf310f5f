package uk.nciistats.security;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import uk.nciistats.support.GraphQLClient;
import uk.nciistats.support.LibertyServer;
import uk.nciistats.support.TestServer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in over HTTP Basic, as an attacker from outside would try it: a wrong password costs an
 * unknown name as much as a known one, and a burst of failures locks a name, known or unknown
 * alike, so that even the right password then gets the same refusal as a wrong one. The test server
 * locks for a few seconds (pom.xml), not the 15 minutes of a real one, so that the account locked
 * here is free again for the other tests once this one has waited for the lock to end.
 */
class SignInIT {
    /** A resource that needs a signed-in user of any role and answers little. */
    private static final String SIGNED_IN_ONLY = "/odata/$metadata";
    private static final int LOCK_AFTER = 10;

    /** HTTP/1.1, as BI tools sign in: one connection per request in flight, no upgrade to HTTP/2. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void aWrongPasswordTakesAsLongForAnUnknownNameAsForAKnownOne() {
        signIn("analyst", "warm-up-wrong");
        signIn(unknownName(), "warm-up-wrong");
        var known = new ArrayList<Long>();
        var unknown = new ArrayList<Long>();
        for (int i = 0; i < 9; i++) {
            var wrong = "wrong-" + i;
            known.add(millisOf(() -> assertThat(signIn("analyst", wrong).status()).isEqualTo(401)));
            unknown.add(millisOf(() -> assertThat(signIn(unknownName(), wrong).status()).isEqualTo(401)));
            // the right password ends the known name's burst, so its failures never add up to a slow-down
            assertThat(signIn("analyst", TestServer.demoPassword()).status()).isEqualTo(200);
        }

        long knownMedian = median(known);
        long unknownMedian = median(unknown);
        assertThat(unknownMedian).as("median ms of a wrong password: unknown name %s, known name %s", unknown, known)
                .isBetween(knownMedian / 2, knownMedian * 2);
    }

    @Test
    void tenWrongPasswordsLockAKnownAndAnUnknownNameAlikeAndThenTheRightPasswordGetsTheSameRefusal() {
        var account = "editor2";
        var nobody = unknownName();
        var knownAnswers = new ArrayList<Answer>();
        var unknownAnswers = new ArrayList<Answer>();
        try {
            for (int i = 0; i < LOCK_AFTER; i++) {
                knownAnswers.add(signIn(account, "guess-" + i));
                unknownAnswers.add(signIn(nobody, "guess-" + i));
            }
            var rightPassword = signIn(account, TestServer.demoPassword());
            var wrongPassword = signIn(account, "guess-after-the-lock");
            var unknownAfterwards = signIn(nobody, "guess-after-the-lock");

            assertThat(knownAnswers).allSatisfy(a -> assertThat(a.status()).isEqualTo(401));
            assertThat(unknownAnswers).isEqualTo(knownAnswers);
            assertThat(rightPassword).as("the right password of a locked account").isEqualTo(wrongPassword)
                    .isEqualTo(unknownAfterwards).isEqualTo(knownAnswers.get(0));
        } finally {
            awaitSignIn(account);
        }
    }

    @Test
    void aProgramSendingThirtyTwoRequestsAtOnceWithTheRightPasswordHasEveryOneAnsweredFirstTimeAndAfter() {
        var name = "parallel-" + UUID.randomUUID().toString().substring(0, 8);
        var password = "right-password-" + UUID.randomUUID();
        GraphQLClient.as("admin").data("mutation($u: String!, $p: String!) { createUser(input:"
                + " {username: $u, role: ANALYST, password: $p}) { username } }",
                Json.createObjectBuilder().add("u", name).add("p", password).build());

        var firstBurst = inParallel(32, () -> signIn(name, password).status());
        var secondBurst = inParallel(32, () -> signIn(name, password).status());

        assertThat(firstBurst).as("a burst before the password was ever checked").containsOnly(200);
        assertThat(secondBurst).as("a burst once it is remembered").containsOnly(200);
    }

    @Test
    void whileOneNameIsLockedEveryOtherUserSignsIn() {
        var nobody = unknownName();
        for (int i = 0; i <= LOCK_AFTER; i++) {
            signIn(nobody, "guess-" + i);
        }

        for (var user : List.of("admin", "editor", "analyst", "viewer")) {
            assertThat(signIn(user, TestServer.demoPassword()).status()).as(user).isEqualTo(200);
        }
    }

    @Test
    void aBurstOfFailuresIsLoggedWhenItBeginsAndWhenItLocksAndNeverWithThePassword() {
        var name = unknownName();
        var password = "secret-" + UUID.randomUUID();
        for (int i = 0; i < LOCK_AFTER + 5; i++) {
            signIn(name + "\nFORGED LOG LINE" + "x".repeat(2000), password);
        }

        var lines = awaitLogLines(name, 2);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("failed");
        assertThat(lines.get(1)).contains("locked");
        assertThat(lines).allSatisfy(l -> assertThat(l).hasSizeLessThan(400).doesNotContain("x".repeat(100)));
        var log = log();
        assertThat(log).doesNotContain(password);
        assertThat(log.lines()).noneMatch(l -> l.startsWith("FORGED LOG LINE"));
    }

    private record Answer(int status, String challenge, String body) {
    }

    private Answer signIn(String user, String password) {
        var credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + SIGNED_IN_ONLY))
                .header("Authorization", "Basic " + credentials).timeout(Duration.ofSeconds(60)).GET().build();
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().firstValue("WWW-Authenticate").orElse(""),
                    response.statusCode() == 200 ? "(signed in)" : response.body());
        } catch (IOException e) {
            throw new AssertionError("cannot reach " + TestServer.baseUrl(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * Polls until the account's right password is taken again, as it is once
     * its lock has ended: the other tests need the account.
     */
    private void awaitSignIn(String user) {
        var deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (signIn(user, TestServer.demoPassword()).status() != 200) {
            assertThat(Instant.now()).as("%s still locked out after a minute", user).isBefore(deadline);
            pause();
        }
    }

    /** The pace of a poll for a condition (never a wait that a test's outcome relies on). */
    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The lines of the test server's messages.log that contain {@code text}, once there are at least {@code count}. */
    private static List<String> awaitLogLines(String text, int count) {
        var deadline = Instant.now().plus(Duration.ofSeconds(20));
        var lines = log().lines().filter(l -> l.contains(text)).toList();
        while (lines.size() < count && Instant.now().isBefore(deadline)) {
            pause();
            lines = log().lines().filter(l -> l.contains(text)).toList();
        }
        return lines;
    }

    private static String log() {
        var server = LibertyServer.integrationTestServer();
        var file = Path.of(System.getProperty("ncii.wlp.dir", "target/liberty/wlp"), "usr", "servers", server.name(),
                "logs", "messages.log");
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }

    private static List<Integer> inParallel(int requests, Callable<Integer> request) {
        var pool = Executors.newFixedThreadPool(requests);
        try {
            var ready = new CountDownLatch(requests);
            var futures = new ArrayList<Future<Integer>>();
            for (int i = 0; i < requests; i++) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    ready.await();
                    return request.call();
                }));
            }
            var statuses = new ArrayList<Integer>();
            for (var future : futures) {
                statuses.add(future.get(120, TimeUnit.SECONDS));
            }
            return statuses;
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static String unknownName() {
        return "nobody-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static long millisOf(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }
}
