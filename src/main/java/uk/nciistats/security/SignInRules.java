package uk.nciistats.security;

import java.time.Duration;

/**
 * How many failed sign-ins under one name are let through, and for how long a name is then refused.
 *
 * @param slowAfter   failures after which each further attempt must wait: the first delay, then
 *                    twice as long after every failure
 * @param lockAfter   failures after which the name is locked
 * @param firstDelay  the wait after {@code slowAfter} failures
 * @param lockFor     how long a locked name is refused, whatever the password
 * @param forgetAfter how long a name must stay quiet after its last attempt or refusal before its
 *                    failures are forgotten
 * @param maxNames    how many names' failures are remembered at most
 */
public record SignInRules(int slowAfter, int lockAfter, Duration firstDelay, Duration lockFor, Duration forgetAfter,
                          int maxNames) {
    public static final SignInRules DEFAULTS = new SignInRules(5, 10, Duration.ofSeconds(1), Duration.ofMinutes(15),
            Duration.ofMinutes(15), 100_000);

    public SignInRules {
        if (slowAfter < 1 || lockAfter < slowAfter || maxNames < 1) {
            throw new IllegalArgumentException("sign-in rules need 1 <= slowAfter <= lockAfter and maxNames >= 1");
        }
        if (firstDelay.isNegative() || lockFor.isNegative() || forgetAfter.isNegative()) {
            throw new IllegalArgumentException("sign-in durations cannot be negative");
        }
    }

    /** The wait before the next attempt after this many failures, when they are not yet a lock. */
    Duration delayAfter(int failures) {
        int doublings = Math.min(failures - slowAfter, 20);
        return firstDelay.multipliedBy(1L << doublings);
    }
}
