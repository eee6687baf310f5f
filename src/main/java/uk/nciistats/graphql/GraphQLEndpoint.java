package uk.nciistats.graphql;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import uk.nciistats.errors.DomainException;
import uk.nciistats.platform.LogText;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The one front of GraphQL: every request to {@code /graphql} or any path under it meets it. Only
 * {@code POST /graphql} is answered (and {@code GET /graphql/schema.graphql}, the schema); any other
 * method on {@code /graphql} is a 405 and any other path a 404, both as JSON errors. A POST must be
 * JSON, within {@link RequestLimits} (body, tokens, depth, complexity, nesting of arguments) and
 * valid ({@link DocumentCheck}) before the GraphQL runtime sees it; then every error is written in
 * the contract's shape: {@code extensions.code} (VALIDATION with {@code field}, NOT_FOUND,
 * CONFLICT, FORBIDDEN, TOO_COMPLEX, or INTERNAL for a fault of the server) and no class name, stack
 * trace or SQL. A statistics-only request asked again before the facts change is answered from
 * {@link StatisticsAnswers}.
 */
@WebFilter(urlPatterns = {"/graphql", "/graphql/*"}, asyncSupported = true)
public class GraphQLEndpoint extends HttpFilter {
    private static final Logger LOG = Logger.getLogger(GraphQLEndpoint.class.getName());
    private static final String ENDPOINT = "/graphql";
    private static final String SCHEMA = "/graphql/schema.graphql";
    private static final int METHOD_NOT_ALLOWED = 405;
    private static final int PAYLOAD_TOO_LARGE = 413;
    private static final int UNSUPPORTED_MEDIA_TYPE = 415;
    private static final String INTERNAL = "The server failed to answer this; the failure is logged.";

    private final DocumentCheck check;
    private final RequestLimits limits;
    private final RefusalsOfRequest refusals;
    private final StatisticsAnswers statistics;

    @Inject
    public GraphQLEndpoint(DocumentCheck check, RequestLimits limits, RefusalsOfRequest refusals,
                           StatisticsAnswers statistics) {
        this.check = check;
        this.limits = limits;
        this.refusals = refusals;
        this.statistics = statistics;
    }

    public GraphQLEndpoint() {
        this(null, null, null, null);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var path = pathOf(request);
        var method = request.getMethod();
        if (path.equals(SCHEMA) && ("GET".equals(method) || "HEAD".equals(method))) {
            chain.doFilter(request, response);
            return;
        }
        if (!path.equals(ENDPOINT)) {
            write(response, HttpServletResponse.SC_NOT_FOUND, errors(List.of(error("GraphQL answers at POST /graphql"
                    + " only, and gives its schema at GET /graphql/schema.graphql", "NOT_FOUND", null))));
            return;
        }
        if (!"POST".equals(method)) {
            response.setHeader("Allow", "POST");
            write(response, METHOD_NOT_ALLOWED, errors(List.of(error("GraphQL takes POST requests only, with a JSON body"
                    + " {\"query\": …, \"variables\": {…}}", "VALIDATION", "method"))));
            return;
        }
        answer(request, response, chain);
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isJson(request.getContentType())) {
            write(response, UNSUPPORTED_MEDIA_TYPE, errors(List.of(error("the request body must be JSON, sent as"
                    + " Content-Type: application/json", "VALIDATION", "Content-Type"))));
            return;
        }
        byte[] body;
        try {
            body = RequestBody.read(request, limits.maxBodyBytes());
        } catch (RequestBody.TooLarge e) {
            response.setHeader("Connection", "close");
            write(response, PAYLOAD_TOO_LARGE, errors(List.of(error("the request body is larger than "
                    + limits.maxBodyBytes() + " bytes; ask in several requests", "VALIDATION", "body"))));
            return;
        }
        JsonObject operation;
        try {
            operation = Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8))).readObject();
        } catch (RuntimeException e) { // JsonException, ClassCastException, and Parsson's "too deeply nested"
            write(response, errors(List.of(error("the request body must be JSON: {\"query\": …, \"variables\": {…}}",
                    "VALIDATION", "body"))));
            return;
        }
        try {
            limits.check(text(operation, "query"),
                    operation.get("variables") instanceof JsonObject vars ? vars : null);
        } catch (DomainException refusal) {
            write(response, errors(List.of(error(refusal.getMessage(), refusal.code(), refusal.field()))));
            return;
        }
        var verdict = check.check(text(operation, "query"), text(operation, "operationName"),
                variables(operation), () -> schema(request, response));
        if (!verdict.problems().isEmpty()) {
            write(response, errors(verdict.problems().stream().map(p -> error(p.message(), p.code(), p.field())).toList()));
            return;
        }
        StatisticsAnswers.Request asked = null;
        long generation = 0;
        if (verdict.statisticsOnly()) {
            asked = new StatisticsAnswers.Request(text(operation, "query") + '\u0000' + text(operation, "operationName")
                    + '\u0000' + operation.get("variables"), request.isUserInRole("ANALYST"));
            generation = statistics.generation();
            var known = statistics.answer(asked, generation);
            if (known.isPresent()) {
                write(response, known.get());
                return;
            }
        }
        var captured = new CapturedResponse(response);
        chain.doFilter(new ReplayedRequest(request, body), captured);
        var text = captured.text();
        if (captured.status() == 200 && !text.contains("\"errors\"")) {
            var answer = text.getBytes(StandardCharsets.UTF_8);
            if (asked != null) {
                statistics.keep(asked, generation, answer);
            }
            write(response, answer);
            return;
        }
        write(response, rewrite(captured));
    }

    /** The request's path inside the application, as the container mapped it (decoded, normalised, no ;parameters). */
    private static String pathOf(HttpServletRequest request) {
        var servletPath = request.getServletPath();
        var pathInfo = request.getPathInfo();
        return (servletPath == null ? "" : servletPath) + (pathInfo == null ? "" : pathInfo);
    }

    /**
     * Whether the body is declared JSON. Nothing else is taken: the console's session signs in
     * POST /graphql (for GraphiQL), and a form or text/plain post, which another website can make a
     * browser send with that session, needs no CORS preflight; a JSON post does, and is refused.
     */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        var type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim();
        return type.equalsIgnoreCase("application/json");
    }

    private JsonObject rewrite(CapturedResponse captured) {
        JsonObject answer;
        try {
            answer = Json.createReader(new StringReader(captured.text())).readObject();
        } catch (RuntimeException e) {
            LOG.severe(() -> "GraphQL runtime answered " + captured.status() + " without JSON: " + LogText.of(captured.text()));
            return errors(List.of(error(INTERNAL, "INTERNAL", null)));
        }
        if (!answer.containsKey("errors")) {
            return answer;
        }
        var out = Json.createArrayBuilder();
        for (var e : answer.getJsonArray("errors").getValuesAs(JsonObject.class)) {
            out.add(rewriteError(e));
        }
        var result = Json.createObjectBuilder().add("errors", out);
        result.add("data", answer.getOrDefault("data", JsonValue.NULL));
        return result.build();
    }

    private JsonObject rewriteError(JsonObject e) {
        var message = e.getString("message", "");
        var refusal = refusals.byMessage(message);
        JsonObjectBuilder error;
        if (refusal.isPresent()) {
            error = error(message, refusal.get().code(), refusal.get().field());
        } else {
            var classification = e.containsKey("extensions")
                    ? e.getJsonObject("extensions").getString("classification", "") : "";
            if (classification.equals("ValidationError") || classification.equals("InvalidSyntax")) {
                error = error(message, "VALIDATION", "query");
            } else {
                LOG.severe(() -> "GraphQL operation failed: " + LogText.of(e));
                error = error(INTERNAL, "INTERNAL", null);
            }
        }
        if (e.containsKey("locations")) {
            error.add("locations", e.get("locations"));
        }
        if (e.containsKey("path")) {
            error.add("path", e.get("path"));
        }
        return error.build();
    }

    private static JsonObjectBuilder error(String message, String code, String field) {
        var extensions = Json.createObjectBuilder().add("code", code);
        if (field != null) {
            extensions.add("field", field);
        }
        return Json.createObjectBuilder().add("message", message).add("extensions", extensions);
    }

    private static JsonObject errors(List<JsonObjectBuilder> errors) {
        var array = Json.createArrayBuilder();
        errors.forEach(array::add);
        return Json.createObjectBuilder().add("errors", array).add("data", JsonValue.NULL).build();
    }

    private static void write(HttpServletResponse response, JsonObject json) throws IOException {
        write(response, 200, json);
    }

    private static void write(HttpServletResponse response, int status, JsonObject json) throws IOException {
        write(response, status, json.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** An answer without errors passes through as the runtime wrote it. */
    private static void write(HttpServletResponse response, byte[] bytes) throws IOException {
        write(response, 200, bytes);
    }

    private static void write(HttpServletResponse response, int status, byte[] bytes) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static String text(JsonObject o, String key) {
        var v = o.get(key);
        return v instanceof jakarta.json.JsonString s ? s.getString() : null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> variables(JsonObject o) {
        var v = o.get("variables");
        if (!(v instanceof JsonObject vars)) {
            return Map.of();
        }
        return (Map<String, Object>) plain(vars);
    }

    /** JSON-P values as the plain Java values graphql-java expects. */
    private static Object plain(JsonValue v) {
        return switch (v.getValueType()) {
            case OBJECT -> {
                var map = new java.util.LinkedHashMap<String, Object>();
                ((JsonObject) v).forEach((k, x) -> map.put(k, plain(x)));
                yield map;
            }
            case ARRAY -> ((JsonArray) v).stream().map(GraphQLEndpoint::plain).toList();
            case STRING -> ((jakarta.json.JsonString) v).getString();
            case NUMBER -> {
                var n = (jakarta.json.JsonNumber) v;
                yield n.isIntegral() ? (Object) n.longValue() : n.doubleValue();
            }
            case TRUE -> true;
            case FALSE -> false;
            case NULL -> null;
        };
    }

    /** The schema in SDL, as the runtime serves it at /graphql/schema.graphql. */
    private static String schema(HttpServletRequest request, HttpServletResponse response) {
        var get = new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return "GET";
            }
        };
        var captured = new CapturedResponse(response);
        try {
            request.getServletContext().getRequestDispatcher("/graphql/schema.graphql").include(get, captured);
        } catch (ServletException | IOException e) {
            throw new IllegalStateException("cannot read the GraphQL schema", e);
        }
        return captured.text();
    }

    /** The request with its body, already read, readable once more. */
    private static final class ReplayedRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        ReplayedRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public jakarta.servlet.ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new jakarta.servlet.ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(jakarta.servlet.ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
