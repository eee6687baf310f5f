package uk.nciistats.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The users who may sign in. Checking a password costs a slow hash, so a successful check is
 * remembered for a few minutes as a keyed digest (never the password) and forgotten when the
 * account changes: programs that send HTTP Basic on every request stay fast. A name that is no user,
 * and a disabled user, cost the same hash as a wrong password, and every attempt first passes the
 * {@link SignInThrottle}, which slows and locks a name after failures.
 */
@ApplicationScoped
public class UserDirectory {
    private static final Duration REMEMBER = Duration.ofMinutes(5);
    private final EntityManager em;
    private final SignInThrottle throttle;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();
    private final byte[] digestKey = new byte[32];

    private record Remembered(byte[] digest, Role role, Instant until) {
    }

    @Inject
    public UserDirectory(EntityManager em, SignInThrottle throttle) {
        this.em = em;
        this.throttle = throttle;
        new SecureRandom().nextBytes(digestKey);
    }

    protected UserDirectory() {
        this.em = null;
        this.throttle = null;
    }

    /**
     * The role of the user when the password is right, the account enabled and the name neither
     * slowed nor locked by failures; nothing otherwise, whichever it was.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Role> authenticate(String username, String password) {
        if (username == null || password == null || username.isBlank()) {
            return Optional.empty();
        }
        if (!throttle.admits(username)) {
            return Optional.empty();
        }
        var role = check(username, password);
        if (role.isPresent()) {
            throttle.succeeded(username);
        } else {
            throttle.failed(username);
        }
        return role;
    }

    private Optional<Role> check(String username, String password) {
        var digest = digest(username, password);
        var known = remembered.get(username);
        if (known != null && known.until().isAfter(clock.instant()) && MessageDigest.isEqual(known.digest(), digest)) {
            return Optional.of(known.role());
        }
        var user = em.find(AppUser.class, username);
        var right = user == null ? PasswordHasher.matchesNobody(password) : PasswordHasher.matches(password, user.passwordHash());
        if (!right || !user.enabled()) {
            return Optional.empty();
        }
        remembered.put(username, new Remembered(digest, user.role(), clock.instant().plus(REMEMBER)));
        return Optional.of(user.role());
    }

    @Transactional
    public void create(String username, String password, Role role) {
        em.persist(new AppUser(username, PasswordHasher.hash(password), role, clock.instant()));
    }

    @Transactional
    public void changePassword(String username, String password) {
        find(username).changePassword(PasswordHasher.hash(password));
        remembered.remove(username);
    }

    @Transactional
    public void changeRole(String username, Role role) {
        find(username).changeRole(role);
        remembered.remove(username);
    }

    public boolean exists(String username) {
        return em.find(AppUser.class, username) != null;
    }

    public long count() {
        return em.createQuery("select count(u) from AppUser u", Long.class).getSingleResult();
    }

    private AppUser find(String username) {
        var user = em.find(AppUser.class, username);
        if (user == null) {
            throw new IllegalArgumentException("no user " + username);
        }
        return user;
    }

    private byte[] digest(String username, String password) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(digestKey, "HmacSHA256"));
            mac.update(username.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(password.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
