package uk.nciistats.infrastructure;

import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a client sees when the server fails: a short JSON error, never a stack trace or class name
 * (the failure itself goes to the log).
 */
@WebServlet(urlPatterns = "/error")
public class ErrorPage extends HttpServlet {
    private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        var status = (Integer) request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (failure != null) {
            LOG.log(Level.SEVERE, "Request " + LogText.of(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI))
                    + " failed", LogText.failure(failure));
        }
        int code = status == null ? 500 : status;
        response.setStatus(code);
        response.setContentType("application/json;charset=UTF-8");
        String message = code == 404 ? "Not found." : code == 401 ? "Sign in first."
                : code == 403 ? "Not allowed." : "The server failed to answer this; the failure is logged.";
        String codeName = code == 404 ? "NOT_FOUND" : code == 401 ? "UNAUTHENTICATED" : code == 403 ? "FORBIDDEN" : "INTERNAL";
        var body = Json.createObjectBuilder().add("errors", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("message", message).add("extensions", Json.createObjectBuilder().add("code", codeName)))).build();
        response.getWriter().write(body.toString());
    }
}
