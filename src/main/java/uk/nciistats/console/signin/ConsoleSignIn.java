package uk.nciistats.console.signin;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import uk.nciistats.security.SignInMechanism;

import java.util.Optional;

/**
 * Signs the console's user in and out through Jakarta Security: the credential goes to
 * {@link SignInMechanism}, which remembers the user in the HTTP session and tells the container.
 */
@ApplicationScoped
public class ConsoleSignIn {
    private final SecurityContext security;

    @Inject
    public ConsoleSignIn(SecurityContext security) {
        this.security = security;
    }

    protected ConsoleSignIn() {
        this(null);
    }

    /** Whether the name and password were right; the current request is then signed in. */
    public boolean signIn(String name, String password) {
        var request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        var response = VaadinServletResponse.getCurrent().getHttpServletResponse();
        var status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(name, password))
                .newAuthentication(true));
        return status == AuthenticationStatus.SUCCESS;
    }

    /** The path the user asked for before being sent to sign in, once. */
    public Optional<String> pathAskedFor() {
        var session = VaadinServletRequest.getCurrent().getHttpServletRequest().getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        var path = session.getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
        session.removeAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
        return Optional.ofNullable(path).map(Object::toString);
    }

    /** Forgets the signed-in user and ends the HTTP session, and with it the Vaadin session. */
    public void signOut() {
        SignInMechanism.signOut(VaadinServletRequest.getCurrent().getHttpServletRequest());
    }
}
