package uk.nciistats.graphql;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.nciistats.cohort.StatisticsAnswers;
import uk.nciistats.errors.DomainException;
import uk.nciistats.infrastructure.StatementCount;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Set;

/**
 * GraphQL over HTTP: every request to {@code /graphql} or any path under it comes here. Only
 * {@code POST /graphql} runs a request, and {@code GET /graphql/schema.graphql} gives the schema; any
 * other method on {@code /graphql} is a 405 and any other path a 404, both as JSON errors. What the
 * runtime cannot refuse by itself is refused here, before it runs: a body not declared JSON (415),
 * one over the cap (413, unread), one that is not a JSON object, and what {@link RequestLimits} counts.
 * SmallRye GraphQL then runs the request ({@link GraphQLRuntime}), and {@link ContractErrors} writes
 * its errors in the contract's shape. A request that asks only statistics, asked again before the
 * facts change, is answered from {@link StatisticsAnswers}.
 */
@WebServlet(urlPatterns = {"/graphql", "/graphql/*"}, loadOnStartup = 1)
public class GraphQLEndpoint extends HttpServlet {
    private static final String ENDPOINT = "/graphql";
    private static final String SCHEMA = "/graphql/schema.graphql";
    private static final int METHOD_NOT_ALLOWED = 405;
    private static final int PAYLOAD_TOO_LARGE = 413;
    private static final int UNSUPPORTED_MEDIA_TYPE = 415;
    /** Top-level query fields whose answers depend only on the caller's audience and the facts. */
    private static final Set<String> STATISTICS = Set.of("cohortStats", "ageStats", "forces", "offences", "__typename");

    private final GraphQLRuntime runtime;
    private final RequestLimits limits;
    private final StatisticsAnswers statistics;
    private final boolean countStatements;

    @Inject
    public GraphQLEndpoint(GraphQLRuntime runtime, RequestLimits limits, StatisticsAnswers statistics,
                           @ConfigProperty(name = "ncii.graphql.countStatements", defaultValue = "false")
                           boolean countStatements) {
        this.runtime = runtime;
        this.limits = limits;
        this.statistics = statistics;
        this.countStatements = countStatements;
    }

    public GraphQLEndpoint() {
        this(null, null, null, false);
    }

    @Override
    public void init() throws ServletException {
        var classes = getServletContext().getRealPath("/WEB-INF/classes");
        if (classes == null) {
            throw new ServletException("the application must run expanded: GraphQL indexes WEB-INF/classes");
        }
        runtime.start(Path.of(classes));
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var path = pathOf(request);
        var method = request.getMethod();
        if (path.equals(SCHEMA) && ("GET".equals(method) || "HEAD".equals(method))) {
            var sdl = runtime.sdl().getBytes(StandardCharsets.UTF_8);
            response.setContentType("text/plain;charset=UTF-8");
            response.setContentLength(sdl.length);
            if ("GET".equals(method)) {
                response.getOutputStream().write(sdl);
            }
            return;
        }
        if (!path.equals(ENDPOINT)) {
            Answer.refusal(HttpServletResponse.SC_NOT_FOUND, "GraphQL answers at POST /graphql only, and gives its"
                    + " schema at GET /graphql/schema.graphql", "NOT_FOUND", null).send(response);
            return;
        }
        if (!"POST".equals(method)) {
            response.setHeader("Allow", "POST");
            Answer.refusal(METHOD_NOT_ALLOWED, "GraphQL takes POST requests only, with a JSON body"
                    + " {\"query\": …, \"variables\": {…}}", "VALIDATION", "method").send(response);
            return;
        }
        answer(request, response).send(response);
    }

    private Answer answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!isJson(request.getContentType())) {
            return Answer.refusal(UNSUPPORTED_MEDIA_TYPE, "the request body must be JSON, sent as"
                    + " Content-Type: application/json", "VALIDATION", "Content-Type");
        }
        byte[] body;
        try {
            body = RequestBody.read(request, limits.maxBodyBytes());
        } catch (RequestBody.TooLarge e) {
            response.setHeader("Connection", "close");
            return Answer.refusal(PAYLOAD_TOO_LARGE, "the request body is larger than " + limits.maxBodyBytes()
                    + " bytes; ask in several requests", "VALIDATION", "body");
        }
        JsonObject operation;
        try (var reader = Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
            operation = reader.readObject();
        } catch (RuntimeException e) { // JsonException, and Parsson's "too deeply nested"
            return Answer.refusal(200, "the request body must be JSON: {\"query\": …, \"variables\": {…}}",
                    "VALIDATION", "body");
        }
        var query = text(operation, "query");
        if (query == null || query.isBlank()) {
            return Answer.refusal(200, "the request has no GraphQL query", "VALIDATION", "query");
        }
        var variables = operation.get("variables") instanceof JsonObject vars ? vars : null;
        Document document;
        try {
            document = limits.check(query, variables);
        } catch (DomainException refusal) {
            return Answer.refusal(200, refusal.getMessage(), refusal.code(), refusal.field());
        }
        if (document == null) {
            var invalid = limits.syntaxError(query);
            return Answer.refusal(200, invalid.getMessage(), invalid.code(), invalid.field());
        }
        var operationName = text(operation, "operationName");
        StatisticsAnswers.Request asked = null;
        long generation = 0;
        if (statisticsOnly(document, operationName)) {
            asked = new StatisticsAnswers.Request(query + '\u0000' + operationName + '\u0000' + variables,
                    request.isUserInRole("ANALYST"));
            generation = statistics.generation();
            var known = statistics.answer(asked, generation);
            if (known.isPresent()) {
                return new Answer(200, known.get(), true, -1);
            }
        }
        var answer = execute(query, operationName, variables);
        if (asked != null && answer.clean()) {
            statistics.keep(asked, generation, answer.body());
        }
        return answer;
    }

    private Answer execute(String query, String operationName, JsonObject variables) {
        var request = Json.createObjectBuilder().add("query", query);
        if (operationName != null) {
            request.add("operationName", operationName);
        }
        if (variables != null) {
            request.add("variables", variables);
        }
        var writer = new WrittenAnswer(new ContractErrors(requestId(), query, variables, runtime.schema()));
        var counted = StatementCount.during(() -> {
            runtime.execute(request.build(), new HashMap<>(), writer);
            return writer.answer();
        });
        var answer = counted.answer();
        return countStatements ? answer.withStatements(counted.statements()) : answer;
    }

    /** A short random id that names one request in the log and in its INTERNAL errors. */
    private static String requestId() {
        return Long.toString(java.util.concurrent.ThreadLocalRandom.current().nextLong() >>> 1, 36);
    }

    /** True when the operation to run is a query whose every top-level field is a statistic or reference data. */
    static boolean statisticsOnly(Document document, String operationName) {
        if (document == null) {
            return false;
        }
        var operations = document.getDefinitionsOfType(OperationDefinition.class);
        var operation = operations.stream()
                .filter(o -> operationName == null ? operations.size() == 1 : operationName.equals(o.getName()))
                .findFirst();
        return operation.isPresent() && operation.get().getOperation() == OperationDefinition.Operation.QUERY
                && operation.get().getSelectionSet().getSelections().stream()
                .allMatch(s -> s instanceof Field f && STATISTICS.contains(f.getName()) && f.getDirectives().isEmpty());
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

    private static String text(JsonObject o, String key) {
        return o.get(key) instanceof JsonString s ? s.getString() : null;
    }

    /**
     * What is sent back: a status and a JSON body, whether it is free of errors (and may be kept), and
     * how many SQL statements it cost when they are counted (-1: not counted).
     */
    record Answer(int status, byte[] body, boolean clean, long statements) {
        static Answer refusal(int status, String message, String code, String field) {
            var extensions = Json.createObjectBuilder().add("code", code);
            if (field != null) {
                extensions.add("field", field);
            }
            var error = Json.createObjectBuilder().add("message", message).add("extensions", extensions);
            var json = Json.createObjectBuilder().add("errors", Json.createArrayBuilder().add(error))
                    .add("data", JsonValue.NULL).build();
            return new Answer(status, json.toString().getBytes(StandardCharsets.UTF_8), false, -1);
        }

        Answer withStatements(long count) {
            return new Answer(status, body, clean, count);
        }

        void send(HttpServletResponse response) throws IOException {
            response.setStatus(status);
            response.setContentType("application/json;charset=UTF-8");
            if (statements >= 0) {
                response.setHeader("X-SQL-Statements", String.valueOf(statements));
            }
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }
}
