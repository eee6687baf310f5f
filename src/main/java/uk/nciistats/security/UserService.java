package uk.nciistats.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.nciistats.errors.NotFoundException;
import uk.nciistats.errors.ValidationException;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Managing users: ADMIN only, except changing one's own password, which every signed-in person may.
 * Each method is one transaction that checks the caller's role and every rule, and writes an audit
 * entry for what it changed (never a password or its hash); a refused or empty change stores
 * nothing. The server always keeps an enabled administrator, and nobody disables or resets the
 * password of their own account from here.
 */
@ApplicationScoped
@Transactional
public class UserService {
    private final UserDirectory directory;
    private final AccountAudit audit;
    private final CallerContext callers;
    private final Clock clock;

    @Inject
    public UserService(UserDirectory directory, AccountAudit audit, CallerContext callers) {
        this.directory = directory;
        this.audit = audit;
        this.callers = callers;
        this.clock = Clock.systemUTC();
    }

    protected UserService() {
        this.directory = null;
        this.audit = null;
        this.callers = null;
        this.clock = null;
    }

    /** Every user, by name. */
    public List<UserAccount> users() {
        admin("list users");
        return directory.all().stream().map(this::account).toList();
    }

    public UserAccount create(NewUser input) {
        var caller = admin("create users");
        AccountRules.checkUsername("input.username", input.username());
        if (input.role() == null) {
            throw new ValidationException("input.role", "a user needs a role");
        }
        AccountRules.checkPassword("input.password", input.password(), input.username());
        if (directory.existsIgnoringCase(input.username())) {
            throw new ValidationException("input.username", "there is already a user named '" + input.username() + "'");
        }
        var user = new AppUser(input.username(), PasswordHasher.hash(input.password()), input.role(), now());
        directory.add(user);
        audit.recordUserChange(caller.name(), "CREATE_USER", user.username(), null, state(user), now());
        return account(user);
    }

    public UserAccount setRole(String username, Role role) {
        var caller = admin("change users' roles");
        var user = existing(username);
        if (role == null) {
            throw new ValidationException("role", "say which role");
        }
        if (user.role() == role) {
            return account(user);
        }
        if (user.role() == Role.ADMIN) {
            keepAnAdministrator(user, "role");
        }
        var before = state(user);
        user.changeRole(role);
        directory.changed(username);
        audit.recordUserChange(caller.name(), "SET_USER_ROLE", username, before, state(user), now());
        return account(user);
    }

    /** Refuses the user every sign-in and signs them out everywhere at once. */
    public UserAccount disable(String username) {
        var caller = admin("disable users");
        var user = existing(username);
        if (user.username().equals(caller.name())) {
            throw new ValidationException("username", "you cannot disable your own account: another administrator can");
        }
        if (!user.enabled()) {
            return account(user);
        }
        if (user.role() == Role.ADMIN) {
            keepAnAdministrator(user, "username");
        }
        var before = state(user);
        user.disable();
        directory.changed(username);
        audit.recordUserChange(caller.name(), "DISABLE_USER", username, before, state(user), now());
        return account(user);
    }

    /** Lets the user sign in again, and lifts a lock-out by failed sign-ins. */
    public UserAccount enable(String username) {
        var caller = admin("enable users");
        var user = existing(username);
        var lockedUntil = directory.lockedUntil(username);
        if (user.enabled() && lockedUntil.isEmpty()) {
            return account(user);
        }
        var before = state(user);
        lockedUntil.ifPresent(until -> before.put("lockedUntil", until.toString()));
        user.enable();
        directory.changed(username);
        audit.recordUserChange(caller.name(), "ENABLE_USER", username, before, state(user), now());
        directory.liftLock(username);
        return UserAccount.of(user, directory.lockedUntil(username));
    }

    /** Gives the user a new password and signs them out everywhere. */
    public UserAccount resetPassword(String username, String password) {
        var caller = admin("reset passwords");
        var user = existing(username);
        if (user.username().equals(caller.name())) {
            throw new ValidationException("username", "change your own password with 'change my password',"
                    + " which asks for the current one");
        }
        AccountRules.checkPassword("password", password, username);
        var before = state(user);
        user.changePassword(PasswordHasher.hash(password));
        user.endSessions();
        directory.changed(username);
        audit.recordUserChange(caller.name(), "RESET_PASSWORD", username, before, state(user), now());
        return account(user);
    }

    /** The signed-in person's new password, given the current one. */
    public void changeMyPassword(String current, String password) {
        var caller = callers.current();
        var user = directory.find(caller.name())
                .orElseThrow(() -> new NotFoundException("current", "you have no account whose password could change"));
        AccountRules.checkPassword("password", password, caller.name());
        if (current == null || !directory.passwordIs(caller.name(), current)) {
            throw new ValidationException("current", "that is not your current password");
        }
        if (password.equals(current)) {
            throw new ValidationException("password", "the new password is the same as the current one");
        }
        var state = state(user);
        user.changePassword(PasswordHasher.hash(password));
        directory.changed(caller.name());
        audit.recordUserChange(caller.name(), "CHANGE_PASSWORD", caller.name(), state, state, now());
    }

    private Caller admin(String what) {
        var caller = callers.current();
        caller.require(Role.ADMIN, what);
        return caller;
    }

    private AppUser existing(String username) {
        if (username == null || username.isBlank()) {
            throw new ValidationException("username", "say which user");
        }
        return directory.find(username).orElseThrow(() -> new NotFoundException("username", "no user named '" + username + "'"));
    }

    /** Refuses to take away the last enabled administrator: nobody could manage users any more. */
    private void keepAnAdministrator(AppUser user, String field) {
        if (isLastAdministrator(user, directory.enabledAdminsLocked())) {
            throw new ValidationException(field, "'" + user.username() + "' is the last enabled administrator:"
                    + " make another user ADMIN first");
        }
    }

    /** Whether the user is the only one among the enabled administrators. */
    static boolean isLastAdministrator(AppUser user, List<String> enabledAdmins) {
        return user.enabled() && user.role() == Role.ADMIN && enabledAdmins.equals(List.of(user.username()));
    }

    private UserAccount account(AppUser user) {
        return UserAccount.of(user, directory.lockedUntil(user.username()));
    }

    private static Map<String, Object> state(AppUser user) {
        var state = new LinkedHashMap<String, Object>();
        state.put("username", user.username());
        state.put("role", user.role().name());
        state.put("enabled", user.enabled());
        return state;
    }

    private Instant now() {
        return clock.instant();
    }
}
