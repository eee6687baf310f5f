package uk.nciistats.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import uk.nciistats.errors.DomainException;

/**
 * A refusal of the domain under {@code /api}, answered as GraphQL answers it: a JSON body
 * {@code {"errors":[{"message":…,"extensions":{"code":…,"field":…}}]}}, with the HTTP status of its
 * code (VALIDATION and TOO_COMPLEX 400, FORBIDDEN 403, NOT_FOUND 404, CONFLICT 409). The import's
 * servlet ({@code dataimport/web}) answers its refusals with the same {@link #body} and {@link #status}.
 */
@Provider
public class ApiRefusals implements ExceptionMapper<DomainException> {

    @Override
    public Response toResponse(DomainException refusal) {
        return Response.status(status(refusal.code())).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(body(refusal).toString()).build();
    }

    /** The JSON body of a refusal. */
    public static JsonObject body(DomainException refusal) {
        var extensions = Json.createObjectBuilder().add("code", refusal.code());
        if (refusal.field() != null) {
            extensions.add("field", refusal.field());
        }
        return Json.createObjectBuilder().add("errors", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("message", refusal.getMessage()).add("extensions", extensions))).build();
    }

    /** The HTTP status of a refusal's code. */
    public static int status(String code) {
        return switch (code) {
            case "FORBIDDEN" -> 403;
            case "NOT_FOUND" -> 404;
            case "CONFLICT" -> 409;
            default -> 400;
        };
    }
}
