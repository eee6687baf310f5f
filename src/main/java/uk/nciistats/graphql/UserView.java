package uk.nciistats.graphql;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import uk.nciistats.security.Role;
import uk.nciistats.security.UserAccount;

import java.time.Instant;

/** A user as an administrator sees it; times are ISO-8601 in UTC. */
@Type("User")
public final class UserView {
    private final UserAccount user;

    UserView(UserAccount user) {
        this.user = user;
    }

    public @NonNull String getUsername() {
        return user.username();
    }

    public @NonNull Role getRole() {
        return user.role();
    }

    public boolean isEnabled() {
        return user.enabled();
    }

    public String getLockedUntil() {
        return user.lockedUntil().map(Instant::toString).orElse(null);
    }

    public String getLastSignIn() {
        return user.lastSignIn().map(Instant::toString).orElse(null);
    }
}
