package uk.nciistats.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import uk.nciistats.errors.ForbiddenException;

/** Who the current request acts for, read from the container's security context on every call. */
@ApplicationScoped
public class CallerContext {
    private final SecurityContext security;

    @Inject
    public CallerContext(SecurityContext security) {
        this.security = security;
    }

    protected CallerContext() {
        this(null);
    }

    public Caller current() {
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
}
