package uk.nciistats.security;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import uk.nciistats.errors.ForbiddenException;

import java.security.Principal;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallerContextTest {
    /** A thread without a request: the container knows no caller. */
    private static final SecurityContext NO_REQUEST = new SecurityContext() {
        @Override
        public Principal getCallerPrincipal() {
            return null;
        }

        @Override
        public <T extends Principal> Set<T> getPrincipalsByType(Class<T> type) {
            return Set.of();
        }

        @Override
        public boolean isCallerInRole(String role) {
            return false;
        }

        @Override
        public boolean hasAccessToWebResource(String resource, String... methods) {
            return false;
        }

        @Override
        public AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response,
                                                 AuthenticationParameters parameters) {
            return AuthenticationStatus.NOT_DONE;
        }
    };

    private final CallerContext callers = new CallerContext(NO_REQUEST);

    @Test
    void workRunAsACallerSeesThatCallerAndTheOuterCallerAgainAfterwards() {
        var outer = new Caller("editor", Role.EDITOR);
        var inner = new Caller("system:demo-publish", Role.ADMIN);

        var seen = callers.actingAs(outer, () -> {
            var during = callers.actingAs(inner, callers::current);
            return during.name() + " then " + callers.current().name();
        });

        assertThat(seen).isEqualTo("system:demo-publish then editor");
        assertThatThrownBy(callers::current).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aFailingPieceOfWorkLeavesNoCallerBehindOnItsThread() {
        assertThatThrownBy(() -> callers.actingAs(new Caller("editor", Role.EDITOR), () -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThatThrownBy(callers::current).isInstanceOf(ForbiddenException.class).hasMessageContaining("Sign in");
    }
}
