package uk.nciistats.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import uk.nciistats.infrastructure.LogText;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The users who may sign in, and the store of their accounts. Checking a password costs a slow
 * hash, so a successful check is remembered for a few minutes as a keyed digest (never the password);
 * a console session's user is checked on every request against a remembered {@link Standing}. Both
 * are forgotten the moment an account changes ({@link #changed}) and again when that change's
 * transaction ends, so a disabled user is refused at once, whichever way they sign in. A name that
 * is no user, and a disabled user, cost the same hash as a wrong password, and every attempt that
 * needs the hash first passes the {@link SignInThrottle}, which slows and locks a name after failures.
 */
@ApplicationScoped
public class UserDirectory {
    private static final Logger LOG = Logger.getLogger(UserDirectory.class.getName());
    private static final Duration REMEMBER = Duration.ofMinutes(5);
    private final EntityManager em;
    private final SignInThrottle throttle;
    private final LastSignIns lastSignIns;
    @Resource
    private TransactionSynchronizationRegistry transactions;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();
    private final Map<String, Standing> standings = new ConcurrentHashMap<>();
    /** The password checks under way, by the keyed digest of name and password. */
    private final Map<String, CompletableFuture<Optional<Role>>> checking = new ConcurrentHashMap<>();
    private final byte[] digestKey = new byte[32];
    /** Moves with every change to an account: what was read before a change is not remembered after it. */
    private long changes;

    private record Remembered(byte[] digest, Role role, Instant until) {
    }

    /** What a console session needs to know of its user on each request. */
    private record Standing(Role role, boolean enabled, int sessionEpoch) {
    }

    @Inject
    public UserDirectory(EntityManager em, SignInThrottle throttle, LastSignIns lastSignIns) {
        this.em = em;
        this.throttle = throttle;
        this.lastSignIns = lastSignIns;
        new SecureRandom().nextBytes(digestKey);
    }

    protected UserDirectory() {
        this.em = null;
        this.throttle = null;
        this.lastSignIns = null;
    }

    /**
     * The role of the user when the password is right, the account enabled and the name neither
     * slowed nor locked by failures; nothing otherwise, whichever it was. A sign-in: it is recorded
     * as the user's last.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Role> authenticate(String username, String password) {
        return throttled(username, password, true);
    }

    /**
     * Whether the password is the user's, checked as a sign-in is (through the throttle, so that
     * guesses slow and lock the name) but not recorded as one.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean passwordIs(String username, String password) {
        return throttled(username, password, false).isPresent();
    }

    /**
     * The role of a console session's user now, when the session still stands: the user exists, is
     * enabled, and has not been signed out everywhere since the session signed in at {@code epoch}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Role> sessionRole(String username, int epoch) {
        return standingOf(username).filter(s -> s.enabled() && s.sessionEpoch() == epoch).map(Standing::role);
    }

    /** The session epoch a console session signing in now is stamped with. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public int sessionEpoch(String username) {
        return standingOf(username).map(Standing::sessionEpoch).orElse(-1);
    }

    /** Until when failed sign-ins lock the name, if they do. */
    public Optional<Instant> lockedUntil(String username) {
        return throttle.lockedUntil(username);
    }

    /** Lifts a lock-out of the name by failed sign-ins. */
    public void liftLock(String username) {
        throttle.lift(username);
    }

    /**
     * Forgets what is remembered of the user, now and again when the current transaction ends: call
     * it with every change to an account, in the transaction of the change.
     */
    public void changed(String username) {
        forget(username);
        if (transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    forget(username);
                }
            });
        }
    }

    public Optional<AppUser> find(String username) {
        return Optional.ofNullable(em.find(AppUser.class, username));
    }

    /** Every user, by name. */
    public List<AppUser> all() {
        return em.createQuery("select u from AppUser u order by u.username", AppUser.class).getResultList();
    }

    /** Whether a user has this name, whatever its letter case. */
    public boolean existsIgnoringCase(String username) {
        return em.createQuery("select count(u) from AppUser u where lower(u.username) = :name", Long.class)
                .setParameter("name", username.toLowerCase(Locale.ROOT)).getSingleResult() > 0;
    }

    /**
     * The enabled administrators, locked until the transaction ends: two administrators who demote
     * or disable each other at the same moment cannot both see the other still there.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> enabledAdminsLocked() {
        return em.createQuery("select u from AppUser u where u.role = :admin and u.enabled = true", AppUser.class)
                .setParameter("admin", Role.ADMIN).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().stream().map(AppUser::username).toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(AppUser user) {
        em.persist(user);
        changed(user.username());
    }

    /** A new account, as the server's first accounts are made (no role check, no audit). */
    @Transactional
    public void create(String username, String password, Role role) {
        add(new AppUser(username, PasswordHasher.hash(password), role, clock.instant()));
    }

    @Transactional
    public void changePassword(String username, String password) {
        existing(username).changePassword(PasswordHasher.hash(password));
        changed(username);
    }

    @Transactional
    public void changeRole(String username, Role role) {
        existing(username).changeRole(role);
        changed(username);
    }

    public boolean exists(String username) {
        return em.find(AppUser.class, username) != null;
    }

    public long count() {
        return em.createQuery("select count(u) from AppUser u", Long.class).getSingleResult();
    }

    /**
     * The right password, remembered, is taken at once unless the name is slowed or locked, and
     * clears the name's failures as any right password does: it costs no hash and confirms nothing
     * (while the name is not refused, the right password is taken either way). Otherwise the attempt passes the throttle and the slow hash; the same
     * name and password arriving while they are being checked wait for that one check and share its
     * answer, so a program that sends its first requests in parallel (a BI tool refreshing, a client
     * at concurrency 16) is neither counted as a burst of failures nor refused — and an attacker
     * repeating one guess in parallel still gets one check of it.
     */
    private Optional<Role> throttled(String username, String password, boolean signIn) {
        if (username == null || password == null || username.isBlank()) {
            return Optional.empty();
        }
        var digest = digest(username, password);
        var known = rememberedRole(username, digest);
        if (known.isPresent() && !throttle.refuses(username)) {
            throttle.succeeded(username);
            return known;
        }
        var mine = new CompletableFuture<Optional<Role>>();
        var key = HexFormat.of().formatHex(digest);
        var running = checking.putIfAbsent(key, mine);
        if (running != null) {
            return running.join();
        }
        try {
            var role = throttle.admits(username) ? checked(username, password, digest, signIn) : Optional.<Role>empty();
            mine.complete(role);
            return role;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            checking.remove(key, mine);
        }
    }

    private Optional<Role> checked(String username, String password, byte[] digest, boolean signIn) {
        var role = check(username, password, digest, signIn);
        if (role.isPresent()) {
            throttle.succeeded(username);
        } else {
            throttle.failed(username);
        }
        return role;
    }

    private Optional<Role> rememberedRole(String username, byte[] digest) {
        var known = remembered.get(username);
        return known != null && known.until().isAfter(clock.instant()) && MessageDigest.isEqual(known.digest(), digest)
                ? Optional.of(known.role()) : Optional.empty();
    }

    /** The slow check against the stored hash: reached only past the throttle, never from what is remembered. */
    private Optional<Role> check(String username, String password, byte[] digest, boolean signIn) {
        long before = changesSoFar();
        var user = em.find(AppUser.class, username);
        var right = user == null ? PasswordHasher.matchesNobody(password) : PasswordHasher.matches(password, user.passwordHash());
        if (!right || !user.enabled()) {
            return Optional.empty();
        }
        rememberUnlessChanged(before, () -> remembered.put(username,
                new Remembered(digest, user.role(), clock.instant().plus(REMEMBER))));
        if (signIn) {
            recordSignIn(username);
        }
        return Optional.of(user.role());
    }

    private Optional<Standing> standingOf(String username) {
        if (username == null) {
            return Optional.empty();
        }
        var known = standings.get(username);
        if (known != null) {
            return Optional.of(known);
        }
        long before = changesSoFar();
        var user = em.find(AppUser.class, username);
        if (user == null) {
            return Optional.empty();
        }
        var standing = new Standing(user.role(), user.enabled(), user.sessionEpoch());
        rememberUnlessChanged(before, () -> standings.put(username, standing));
        return Optional.of(standing);
    }

    private void recordSignIn(String username) {
        try {
            lastSignIns.record(username, clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record a sign-in", LogText.failure(e));
        }
    }

    private synchronized long changesSoFar() {
        return changes;
    }

    private synchronized void rememberUnlessChanged(long changesBefore, Runnable remember) {
        if (changes == changesBefore) {
            remember.run();
        }
    }

    private synchronized void forget(String username) {
        changes++;
        remembered.remove(username);
        standings.remove(username);
    }

    private AppUser existing(String username) {
        return find(username).orElseThrow(() -> new IllegalArgumentException("no user " + username));
    }

    private byte[] digest(String username, String password) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(digestKey, "HmacSHA256"));
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
