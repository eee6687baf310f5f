package uk.nciistats.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Slows and then locks sign-in under a user name after failed attempts, so that passwords cannot be
 * guessed in bulk.
 * <h2>Rules</h2>
 * Every attempt under a name counts as a failure from the moment it is let through, and the right
 * password ({@link #succeeded}) forgets the name's failures. The first {@code slowAfter} (5) attempts
 * are checked at once. From then on the name is refused for a delay (1 s, doubling after every
 * further failure); an attempt during that delay is refused without its password being checked, but
 * it counts and starts the next, doubled delay. At {@code lockAfter} (10) failures the name is locked
 * for {@code lockFor} (15 minutes): every attempt is refused, the right password too, and these
 * refusals do not count. After the lock each failure locks again, until the name has been quiet for
 * {@code forgetAfter} (15 minutes). So a name gets at most {@code lockAfter} password checks in its
 * first burst, and one per lock after that.
 * <h2>Why so</h2>
 * <ul>
 * <li>A refusal is an answer, not a pause: no request thread waits out a delay, so many attackers
 * cannot tie up the server's threads, and a refused attempt costs no password hash either.</li>
 * <li>A refusal is the same 401 as a wrong password, so while a name is slowed or locked no guess is
 * confirmed, however right.</li>
 * <li>The state is kept per name, for every name asked for, known or unknown alike, and without
 * looking the name up: how a name is slowed and locked says nothing about whether it exists.</li>
 * <li>Counting an attempt before its password is checked means that parallel requests cannot slip
 * many guesses past the count while the first ones are being hashed.</li>
 * <li>Per name rather than per address: police networks send many users through one proxy address,
 * and an attacker has many addresses. The price is that anyone can lock a user out for 15 minutes
 * by guessing at the name; an administrator can read and lift a lock ({@link #lockedUntil},
 * {@link #lift}: the user-management API's {@code User.lockedUntil} and {@code enableUser}).</li>
 * <li>In memory, not in the user table: unknown names must be counted alike and have no row, and an
 * attacker cannot restart the server to clear the locks. Bounded: at most {@code maxNames} names
 * (100,000; some 25 MB at worst, as a name is kept by its first 64 characters, which can only make
 * names share a count). When full, names whose failures are forgotten go first, then the
 * longest-quiet names that are not slowed or locked, and only then the longest-quiet locked one.
 * Each new name costs an attacker one password hash of server time, so pushing a lock out of a
 * full table takes far longer than the lock lasts.</li>
 * <li>Logged once per burst, not per request: the first failure under a name and each lock, with
 * the name cut short and on one line, never the password; beyond {@value #LOG_LINES_PER_MINUTE}
 * such lines a minute, one line says how many were left out. Lines are written after the lock is
 * released, so a log that blocks cannot hold up every sign-in.</li>
 * </ul>
 */
@ApplicationScoped
public class SignInThrottle {
    static final int LOG_LINES_PER_MINUTE = 100;
    private static final Logger LOG = Logger.getLogger(SignInThrottle.class.getName());
    private static final int KEY_LENGTH = 64;
    private static final int LOGGED_NAME_LENGTH = 40;

    private final SignInRules rules;
    private final Clock clock;
    /** Bursts by name, least recently touched first. */
    private final LinkedHashMap<String, Burst> bursts = new LinkedHashMap<>(64, 0.75f, true);
    /** Lines to log once the lock is released: a blocked log must never hold up every sign-in. */
    private final List<Line> toLog = new ArrayList<>();
    private Instant logMinute = Instant.EPOCH;
    private int loggedThisMinute;
    private int leftOutThisMinute;
    private Instant fullLogged = Instant.EPOCH;

    private record Line(Level level, String message) {
    }

    /** The failures under one name since it was last quiet or signed in. */
    private static final class Burst {
        int failures;
        Instant refusedUntil = Instant.EPOCH;
        boolean locked;
        Instant lastSeen;
        boolean logged;
        Instant lockLogged = Instant.EPOCH;

        Burst(Instant now) {
            lastSeen = now;
        }

        boolean refuses(Instant now) {
            return now.isBefore(refusedUntil);
        }

        boolean forgotten(Instant now, Duration forgetAfter) {
            var quietSince = lastSeen.isAfter(refusedUntil) ? lastSeen : refusedUntil;
            return !now.isBefore(quietSince.plus(forgetAfter));
        }
    }

    @Inject
    public SignInThrottle(@ConfigProperty(name = "ncii.signin.slowAfter", defaultValue = "5") int slowAfter,
                          @ConfigProperty(name = "ncii.signin.lockAfter", defaultValue = "10") int lockAfter,
                          @ConfigProperty(name = "ncii.signin.firstDelay", defaultValue = "PT1S") String firstDelay,
                          @ConfigProperty(name = "ncii.signin.lockFor", defaultValue = "PT15M") String lockFor,
                          @ConfigProperty(name = "ncii.signin.forgetAfter", defaultValue = "PT15M") String forgetAfter,
                          @ConfigProperty(name = "ncii.signin.maxNames", defaultValue = "100000") int maxNames) {
        this(new SignInRules(slowAfter, lockAfter, Duration.parse(firstDelay), Duration.parse(lockFor),
                Duration.parse(forgetAfter), maxNames), Clock.systemUTC());
    }

    SignInThrottle(SignInRules rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    protected SignInThrottle() {
        this(SignInRules.DEFAULTS, Clock.systemUTC());
    }

    /**
     * Whether the password of an attempt under this name may be checked now. The attempt counts as
     * a failure until {@link #succeeded}; the caller reports a wrong password with {@link #failed}.
     */
    public boolean admits(String name) {
        boolean admitted;
        synchronized (this) {
            admitted = admit(name, clock.instant());
        }
        writeLog();
        return admitted;
    }

    /** Whether the name is slowed or locked now (asking counts nothing). */
    public synchronized boolean refuses(String name) {
        var burst = bursts.get(key(name));
        return burst != null && burst.refuses(clock.instant());
    }

    /** A password let through by {@link #admits} was wrong. */
    public void failed(String name) {
        synchronized (this) {
            var burst = bursts.get(key(name));
            if (burst != null) {
                logFailure(name, burst);
            }
        }
        writeLog();
    }

    /** The right password: the name's failures are forgotten. */
    public synchronized void succeeded(String name) {
        bursts.remove(key(name));
    }

    /** Until when the name is locked, if it is. */
    public synchronized Optional<Instant> lockedUntil(String name) {
        var burst = bursts.get(key(name));
        var now = clock.instant();
        return burst != null && burst.locked && burst.refuses(now) ? Optional.of(burst.refusedUntil) : Optional.empty();
    }

    /** Lifts a lock or slow-down and forgets the name's failures, as an administrator enabling the user does. */
    public synchronized void lift(String name) {
        bursts.remove(key(name));
    }

    private boolean admit(String name, Instant now) {
        var burst = burstOf(key(name), now);
        burst.lastSeen = now;
        if (burst.refuses(now)) {
            if (!burst.locked) {
                count(burst, now);
                logLock(name, burst);
            }
            return false;
        }
        count(burst, now);
        return true;
    }

    private void count(Burst burst, Instant now) {
        burst.failures++;
        if (burst.failures >= rules.lockAfter()) {
            burst.locked = true;
            burst.refusedUntil = now.plus(rules.lockFor());
        } else if (burst.failures >= rules.slowAfter()) {
            burst.refusedUntil = now.plus(rules.delayAfter(burst.failures));
        }
    }

    private void logFailure(String name, Burst burst) {
        if (!burst.logged) {
            burst.logged = true;
            log(Level.INFO, "Sign-in failed for user name " + quoted(name) + "; further failures under this name are"
                    + " logged only when they lock it (after " + rules.lockAfter() + ", for " + rules.lockFor() + ").");
        }
        logLock(name, burst);
    }

    private void logLock(String name, Burst burst) {
        if (burst.locked && !burst.lockLogged.equals(burst.refusedUntil)) {
            burst.lockLogged = burst.refusedUntil;
            log(Level.WARNING, "Sign-in locked for user name " + quoted(name) + " until "
                    + burst.refusedUntil.truncatedTo(ChronoUnit.SECONDS) + " after "
                    + burst.failures + " failures.");
        }
    }

    private Burst burstOf(String key, Instant now) {
        var burst = bursts.get(key);
        if (burst != null && !burst.forgotten(now, rules.forgetAfter())) {
            return burst;
        }
        if (burst == null && bursts.size() >= rules.maxNames()) {
            makeRoom(now);
        }
        burst = new Burst(now);
        bursts.put(key, burst);
        return burst;
    }

    /** Forgets what may be forgotten, else the longest-quiet name that is let through, else the longest-quiet. */
    private void makeRoom(Instant now) {
        bursts.values().removeIf(b -> b.forgotten(now, rules.forgetAfter()));
        if (bursts.size() < rules.maxNames()) {
            return;
        }
        var victim = bursts.entrySet().stream().filter(e -> !e.getValue().refuses(now)).findFirst()
                .orElseGet(() -> bursts.entrySet().iterator().next());
        bursts.remove(victim.getKey());
        if (!now.isBefore(fullLogged.plus(Duration.ofMinutes(1)))) {
            fullLogged = now;
            log(Level.WARNING, "Sign-in failures are remembered for " + rules.maxNames()
                    + " user names at most, and that many failed recently: the longest quiet are forgotten first.");
        }
    }

    /** Logs at most LOG_LINES_PER_MINUTE lines a minute, then one line with how many were left out. */
    private void log(Level level, String message) {
        var now = clock.instant();
        if (!now.isBefore(logMinute.plus(Duration.ofMinutes(1)))) {
            if (leftOutThisMinute > 0) {
                toLog.add(new Line(Level.WARNING, leftOutThisMinute + " more sign-in failures and locks since "
                        + logMinute + " were not logged one by one."));
            }
            logMinute = now;
            loggedThisMinute = 0;
            leftOutThisMinute = 0;
        }
        if (loggedThisMinute < LOG_LINES_PER_MINUTE) {
            loggedThisMinute++;
            toLog.add(new Line(level, message));
        } else {
            leftOutThisMinute++;
        }
    }

    private void writeLog() {
        List<Line> lines;
        synchronized (this) {
            if (toLog.isEmpty()) {
                return;
            }
            lines = List.copyOf(toLog);
            toLog.clear();
        }
        lines.forEach(line -> LOG.log(line.level(), line.message()));
    }

    /** One name for "Admin", "admin " and "admin": never fewer refusals than the user table would give. */
    private static String key(String name) {
        var key = name.strip().toLowerCase(Locale.ROOT);
        return key.length() > KEY_LENGTH ? key.substring(0, KEY_LENGTH) : key;
    }

    /** The name in quotes, cut short and on one line: it is whatever the caller sent. */
    static String quoted(String name) {
        var cut = name.length() > LOGGED_NAME_LENGTH ? name.substring(0, LOGGED_NAME_LENGTH) + "…" : name;
        var printable = new StringBuilder(cut.length() + 2).append('\'');
        cut.codePoints().forEach(c -> printable.appendCodePoint(Character.isISOControl(c)
                || Character.getType(c) == Character.LINE_SEPARATOR
                || Character.getType(c) == Character.PARAGRAPH_SEPARATOR ? '?' : c));
        return printable.append('\'').toString();
    }
}
