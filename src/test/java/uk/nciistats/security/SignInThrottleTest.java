package uk.nciistats.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/** The throttle's rules on a clock the test moves: nothing waits. */
class SignInThrottleTest {
    private static final Instant START = Instant.parse("2026-03-01T09:00:00Z");
    private final ManualClock clock = new ManualClock();
    private final SignInThrottle throttle = new SignInThrottle(SignInRules.DEFAULTS, clock);
    private final List<LogRecord> logged = new ArrayList<>();
    private final Logger logger = Logger.getLogger(SignInThrottle.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureTheLog() {
        logger.addHandler(capture);
    }

    @AfterEach
    void releaseTheLog() {
        logger.removeHandler(capture);
    }

    @Test
    void fiveWrongPasswordsInARowAreCheckedAndTheNextAttemptWithinASecondIsRefused() {
        fail("editor", 5);

        clock.advance(Duration.ofMillis(999));
        assertThat(throttle.admits("editor")).isFalse();
    }

    @Test
    void askingWhetherANameIsRefusedSaysSoOnlyWhileItIsSlowedAndCountsNothing() {
        fail("editor", 4);
        assertThat(throttle.refuses("editor")).isFalse();
        assertThat(throttle.refuses("editor")).isFalse();
        assertThat(throttle.admits("editor")).as("still the fifth attempt").isTrue();
        throttle.failed("editor");

        assertThat(throttle.refuses("editor")).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.refuses("editor")).isFalse();
        assertThat(throttle.refuses("someone-never-seen")).isFalse();
    }

    @Test
    void afterFiveWrongPasswordsASecondsWaitLetsTheNextAttemptThrough() {
        fail("editor", 5);

        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.admits("editor")).isTrue();
    }

    @Test
    void theWaitDoublesWithEveryFurtherFailureAndAnAttemptRefusedForWaitingTooLittleIsOne() {
        fail("editor", 5);
        clock.advance(Duration.ofSeconds(1));
        fail("editor", 1);

        clock.advance(Duration.ofMillis(1999));
        assertThat(throttle.admits("editor")).isFalse();
        clock.advance(Duration.ofMillis(3999));
        assertThat(throttle.admits("editor")).isFalse();
        clock.advance(Duration.ofSeconds(8));
        assertThat(throttle.admits("editor")).isTrue();
    }

    @Test
    void tenQuickAttemptsLockANameForFifteenMinutesAndThenItsPasswordIsCheckedAgain() {
        for (int i = 0; i < 10; i++) {
            attempt("editor", false);
        }

        assertThat(throttle.lockedUntil("editor")).contains(START.plus(Duration.ofMinutes(15)));
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(throttle.admits("editor")).as("even with the right password").isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.lockedUntil("editor")).isEmpty();
        assertThat(throttle.admits("editor")).isTrue();
    }

    @Test
    void attemptsRefusedDuringTheLockDoNotProlongIt() {
        lock("editor");

        for (int i = 0; i < 100; i++) {
            clock.advance(Duration.ofSeconds(5));
            throttle.admits("editor");
        }

        assertThat(throttle.lockedUntil("editor")).contains(START.plus(Duration.ofMinutes(15)));
    }

    @Test
    void afterALockOneMoreWrongPasswordLocksAgainUntilTheNameHasBeenQuietForFifteenMinutes() {
        lock("editor");
        clock.advance(Duration.ofMinutes(15));
        fail("editor", 1);
        assertThat(throttle.lockedUntil("editor")).isPresent();

        clock.advance(Duration.ofMinutes(30));
        fail("editor", 4);
        assertThat(throttle.lockedUntil("editor")).isEmpty();
        assertThat(throttle.admits("editor")).isTrue();
    }

    @Test
    void theRightPasswordForgetsTheFailuresBeforeIt() {
        fail("editor", 4);
        assertThat(throttle.admits("editor")).isTrue();
        throttle.succeeded("editor");

        fail("editor", 4);
        assertThat(throttle.admits("editor")).isTrue();
    }

    @Test
    void parallelAttemptsCountBeforeTheirPasswordsAreChecked() {
        var letThrough = 0;
        for (int i = 0; i < 50; i++) {
            if (throttle.admits("admin")) {
                letThrough++;
            }
        }

        assertThat(letThrough).isEqualTo(5);
        assertThat(throttle.lockedUntil("admin")).isPresent();
    }

    @Test
    void aLockHoldsForOneNameOnlyInAnyCaseOrSpacing() {
        lock("Editor");

        assertThat(throttle.admits("editor ")).isFalse();
        assertThat(throttle.admits("editor2")).isTrue();
        assertThat(throttle.admits("admin")).isTrue();
    }

    @Test
    void anAdministratorCanReadAndLiftALock() {
        lock("editor");
        assertThat(throttle.lockedUntil("editor")).isPresent();

        throttle.lift("editor");

        assertThat(throttle.lockedUntil("editor")).isEmpty();
        assertThat(throttle.admits("editor")).isTrue();
    }

    @Test
    void aBurstIsLoggedOnceAsItBeginsAndOnceAsItLocksWithTheNameCutAndOnOneLine() {
        var name = "mallory\r\nFORGED ENTRY " + "x".repeat(500);
        for (int i = 0; i < 30; i++) {
            attempt(name, false);
            clock.advance(Duration.ofMillis(100));
        }

        assertThat(logged).extracting(LogRecord::getMessage).hasSize(2).allSatisfy(m -> assertThat(m)
                .contains("'mallory??FORGED ENTRY xxx").doesNotContain("\n").doesNotContain("\r")
                .doesNotContain("x".repeat(41)));
        assertThat(logged.get(0).getMessage()).startsWith("Sign-in failed");
        assertThat(logged.get(1).getMessage()).startsWith("Sign-in locked").contains("until 2026-03-01T09:15:");
    }

    @Test
    void aSprayOfNamesIsLoggedAtMostAHundredLinesAMinuteAndThenCounted() {
        for (int i = 0; i < 250; i++) {
            attempt("name-" + i, false);
        }
        clock.advance(Duration.ofMinutes(1));
        attempt("one-more", false);

        assertThat(logged).hasSize(SignInThrottle.LOG_LINES_PER_MINUTE + 2);
        assertThat(logged.get(SignInThrottle.LOG_LINES_PER_MINUTE).getMessage()).startsWith("150 more sign-in failures");
    }

    @Test
    void aFullTableForgetsTheLongestQuietNameThatIsNotLockedAndKeepsTheLocks() {
        var small = new SignInThrottle(new SignInRules(5, 10, Duration.ofSeconds(1), Duration.ofMinutes(15),
                Duration.ofMinutes(15), 3), clock);
        for (int i = 0; i < 10; i++) {
            small.admits("admin");
        }
        small.admits("quiet");
        small.failed("quiet");
        for (int i = 0; i < 1000; i++) {
            clock.advance(Duration.ofMillis(10));
            small.admits("spray-" + i);
            small.failed("spray-" + i);
        }

        assertThat(small.lockedUntil("admin")).isPresent();
    }

    @Test
    void namesQuietForFifteenMinutesMakeRoomBeforeAnyOther() {
        var small = new SignInThrottle(new SignInRules(1, 2, Duration.ofSeconds(1), Duration.ofMinutes(15),
                Duration.ofMinutes(15), 2), clock);
        small.admits("quiet");
        clock.advance(Duration.ofMinutes(1));
        small.admits("failed-once");
        small.lockedUntil("quiet"); // read last, so "failed-once" is now the one least recently touched
        clock.advance(Duration.ofMinutes(15));

        small.admits("new");

        assertThat(small.admits("failed-once")).isTrue();
        assertThat(small.lockedUntil("failed-once")).as("its first failure is remembered: the second locks").isPresent();
    }

    private void attempt(String name, boolean right) {
        if (throttle.admits(name)) {
            if (right) {
                throttle.succeeded(name);
            } else {
                throttle.failed(name);
            }
        }
    }

    private void fail(String name, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(throttle.admits(name)).as("attempt %d let through", i + 1).isTrue();
            throttle.failed(name);
        }
    }

    private void lock(String name) {
        for (int i = 0; i < 10; i++) {
            attempt(name, false);
        }
        assertThat(throttle.lockedUntil(name)).isPresent();
    }

    /** A clock that stands still until the test moves it. */
    private static final class ManualClock extends Clock {
        private Instant now = START;

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
