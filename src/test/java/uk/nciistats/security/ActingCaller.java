package uk.nciistats.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import uk.nciistats.errors.ForbiddenException;

/**
 * In-container tests only: who the services act for, chosen by the test instead of read from a
 * signed-in request. It exists only in the test sources, so only Arquillian test archives hold it;
 * there its priority selects it in place of {@link CallerContext}.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
public class ActingCaller extends CallerContext {
    private volatile Caller caller;

    public void actAs(String name, Role role) {
        caller = new Caller(name, role);
    }

    public void signOut() {
        caller = null;
    }

    @Override
    public Caller current() {
        var acting = caller;
        if (acting == null) {
            throw new ForbiddenException("Sign in first.");
        }
        return acting;
    }
}
