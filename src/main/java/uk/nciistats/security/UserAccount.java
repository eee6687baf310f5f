package uk.nciistats.security;

import java.time.Instant;
import java.util.Optional;

/**
 * A user as an administrator sees it: never the password or its hash.
 *
 * @param lockedUntil until when failed sign-ins lock the user out, if they do
 * @param lastSignIn  when the user last signed in, if ever
 */
public record UserAccount(String username, Role role, boolean enabled, Optional<Instant> lockedUntil,
                          Optional<Instant> lastSignIn) {

    static UserAccount of(AppUser user, Optional<Instant> lockedUntil) {
        return new UserAccount(user.username(), user.role(), user.enabled(), lockedUntil,
                Optional.ofNullable(user.lastSignIn()));
    }
}
