package uk.nciistats.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import uk.nciistats.errors.ForbiddenException;

/**
 * Who the current request acts for, read from the container's security context on every call, or,
 * inside {@link #actingAs}, the caller that work runs for: the server's own startup tasks (the
 * demonstration data) and work the console hands to a background thread, which has no request and
 * so no container caller. Only server code can act as someone; no request can ask for it.
 */
@ApplicationScoped
public class CallerContext {
    private static final ThreadLocal<Caller> ACTING = new ThreadLocal<>();
    private final SecurityContext security;

    @Inject
    public CallerContext(SecurityContext security) {
        this.security = security;
    }

    protected CallerContext() {
        this(null);
    }

    public Caller current() {
        var acting = ACTING.get();
        if (acting != null) {
            return acting;
        }
        var principal = security.getCallerPrincipal();
        if (principal == null) {
            throw new ForbiddenException("Sign in first.");
        }
        for (int i = Role.values().length - 1; i >= 0; i--) {
            var role = Role.values()[i];
            if (security.isCallerInRole(role.name())) {
                return new Caller(principal.getName(), role);
            }
        }
        throw new ForbiddenException("Your account has no role.");
    }

    /** Runs {@code work} on this thread as {@code caller}; every role check inside it sees that caller. */
    public <T> T actingAs(Caller caller, java.util.function.Supplier<T> work) {
        var before = ACTING.get();
        ACTING.set(caller);
        try {
            return work.get();
        } finally {
            if (before == null) {
                ACTING.remove();
            } else {
                ACTING.set(before);
            }
        }
    }
}
