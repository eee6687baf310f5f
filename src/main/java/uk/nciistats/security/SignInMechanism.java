package uk.nciistats.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * How every request is signed in. Programs send HTTP Basic on each request; the console signs in
 * once through its form ({@link #signIn}) and is remembered in the HTTP session. A protected
 * resource (web.xml) without valid credentials gets 401 and a Basic challenge, nothing else.
 * Both check the password through {@link UserDirectory#authenticate}, where failures slow and then
 * lock the name ({@link SignInThrottle}) with the same answer as a wrong password.
 * <p>A console session is checked on every request against its user as the directory has it now
 * ({@link UserDirectory#sessionRole}): it acts with the user's current role, and it ends at its next
 * request once the user is disabled or signed out everywhere by an administrator.
 * <p>The session signs in no change to the programs' endpoints ({@code /api/*}, {@code /odata}):
 * only GET and HEAD. A browser sends the session cookie with a form another website posts
 * (multipart/form-data needs no CORS preflight), so an editor visiting that website would otherwise
 * import for it; those requests need HTTP Basic, which a browser never adds on its own to a
 * cross-site request. {@code POST /graphql} keeps the session for GraphiQL: it only takes
 * application/json ({@code graphql.GraphQLEndpoint}, which every path under /graphql meets and which
 * serves no other path but the schema), and another website cannot send JSON without a preflight
 * that this server does not allow.
 */
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {
    static final String SESSION_KEY = "uk.nciistats.signedIn";
    private static final String CHALLENGE = "Basic realm=\"NCII Stats\", charset=\"UTF-8\"";

    private final UserDirectory users;

    /** Who a console session belongs to, and the user's session epoch when it signed in. */
    record SignedIn(String name, int epoch) implements Serializable {
    }

    @Inject
    public SignInMechanism(UserDirectory users) {
        this.users = users;
    }

    protected SignInMechanism() {
        this(null);
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (context.isAuthenticationRequest()
                && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential form) {
            return formSignIn(request, context, form);
        }
        var header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(header.substring(6).trim(), context);
        }
        var session = sessionMaySignIn(request) ? request.getSession(false) : null;
        if (session != null && session.getAttribute(SESSION_KEY) instanceof SignedIn signedIn) {
            var role = users.sessionRole(signedIn.name(), signedIn.epoch());
            if (role.isPresent()) {
                return context.notifyContainerAboutLogin(signedIn.name(), role.get().groups());
            }
            end(session);
        }
        return context.isProtected() ? challenge(response, context) : context.doNothing();
    }

    /** Whether the console's session may sign this request in: anything but a change to a program's endpoint. */
    static boolean sessionMaySignIn(HttpServletRequest request) {
        var method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method)) {
            return true;
        }
        var uri = request.getRequestURI();
        var inApplication = uri == null ? "" : uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        return !isProgramsEndpoint(pathOf(request)) && !isProgramsEndpoint(inApplication);
    }

    private static boolean isProgramsEndpoint(String path) {
        return path.equals("/api") || path.startsWith("/api/") || path.equals("/odata") || path.startsWith("/odata/");
    }

    /** The request's path inside the application, as the container mapped it (decoded and normalised). */
    private static String pathOf(HttpServletRequest request) {
        var servletPath = request.getServletPath();
        var pathInfo = request.getPathInfo();
        return (servletPath == null ? "" : servletPath) + (pathInfo == null ? "" : pathInfo);
    }

    private AuthenticationStatus formSignIn(HttpServletRequest request, HttpMessageContext context,
                                            UsernamePasswordCredential form) {
        var name = form.getCaller();
        var role = users.authenticate(name, form.getPasswordAsString());
        if (role.isEmpty()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        var session = request.getSession(true);
        request.changeSessionId();
        session.setAttribute(SESSION_KEY, new SignedIn(name, users.sessionEpoch(name)));
        return context.notifyContainerAboutLogin(name, role.get().groups());
    }

    private AuthenticationStatus basic(String encoded, HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return challenge(context.getResponse(), context);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return challenge(context.getResponse(), context);
        }
        var name = decoded.substring(0, colon);
        var role = users.authenticate(name, decoded.substring(colon + 1));
        if (role.isEmpty()) {
            return challenge(context.getResponse(), context);
        }
        Set<String> groups = role.get().groups();
        return context.notifyContainerAboutLogin(name, groups);
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", CHALLENGE);
        return context.responseUnauthorized();
    }

    /** Forgets the console session's user. */
    public static void signOut(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session != null) {
            end(session);
        }
    }

    private static void end(HttpSession session) {
        try {
            session.removeAttribute(SESSION_KEY);
            session.invalidate();
        } catch (IllegalStateException alreadyEnded) {
            // another request of the same session ended it first
        }
    }
}
