package uk.nciistats.graphql;

import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.InvalidSyntaxError;
import graphql.execution.NonNullableFieldWasNullError;
import graphql.language.Argument;
import graphql.language.AstPrinter;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.SourceLocation;
import graphql.language.VariableReference;
import graphql.schema.GraphQLSchema;
import graphql.execution.TypeFromAST;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.language.VariableDefinition;
import graphql.parser.Parser;
import graphql.validation.ValidationError;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.persistence.OptimisticLockException;
import uk.nciistats.errors.ConflictException;
import uk.nciistats.errors.DomainException;
import uk.nciistats.infrastructure.LogText;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The runtime's errors in the contract's shape ({@code extensions.code}, and {@code field} where one
 * is at fault), each chosen by the error's type and, for a failed field, by the type of its
 * exception, never by message text:
 * <ul>
 * <li>a refusal of the domain ({@link DomainException}) keeps its message, code and field; a lost race
 * on a version ({@link OptimisticLockException}) is a CONFLICT;</li>
 * <li>a document that does not parse is a VALIDATION of {@code query}; one the schema refuses a
 * VALIDATION of the field's path (e.g. {@code forces.colour}); a variable that does not fit its type a
 * VALIDATION of {@code variables.name};</li>
 * <li>an execution the runtime's own limits aborted is TOO_COMPLEX;</li>
 * <li>anything else is a fault of the server: an INTERNAL error whose message says only that it was
 * logged, with the request's id, and the failure goes to the log under that id, cut
 * ({@link LogText}).</li>
 * </ul>
 * SmallRye's own error extensions are not used for this: its {@code code} names the exception's class
 * for every exception it was not told about, and a second provider of the same key cannot override it.
 */
final class ContractErrors {
    private static final Logger LOG = Logger.getLogger(ContractErrors.class.getName());

    private final String requestId;
    private final String query;
    private final JsonObject variables;
    private final GraphQLSchema schema;

    ContractErrors(String requestId, String query, JsonObject variables, GraphQLSchema schema) {
        this.requestId = requestId;
        this.query = query;
        this.variables = variables;
        this.schema = schema;
    }

    String requestId() {
        return requestId;
    }

    /** The message of a fault of the server, as the caller sees it. */
    static String internal(String requestId) {
        return "The server failed to answer this; the failure is logged as request " + requestId + ".";
    }

    JsonArray of(List<GraphQLError> errors) {
        var array = Json.createArrayBuilder();
        for (var error : errors) {
            // a field that failed and is not nullable also nulls its parent: the failure says it all
            if (!(error instanceof NonNullableFieldWasNullError) || errors.size() == 1) {
                array.add(of(error));
            }
        }
        return array.build();
    }

    private JsonObject of(GraphQLError error) {
        if (error instanceof ExceptionWhileDataFetching fetching) {
            return failed(error, fetching.getException());
        }
        if (error instanceof InvalidSyntaxError) {
            return shaped(error, error.getMessage(), "VALIDATION", "query");
        }
        if (error instanceof ValidationError invalid) {
            var variable = variableAt(error.getLocations());
            if (variable.isPresent()) {
                return badVariable(error, variable.get());
            }
            var path = invalid.getQueryPath();
            var field = path == null || path.isEmpty() ? "query" : String.join(".", path);
            var literal = argumentAt(error.getLocations());
            if (literal.isPresent()) { // the runtime's message may name a Java class: say it from the document
                var written = AstPrinter.printAstCompact(literal.get().getValue());
                return shaped(error, "the value of argument '" + literal.get().getName() + "' does not fit its type: "
                        + (written.length() > 300 ? written.substring(0, 300) + "…" : written), "VALIDATION", field);
            }
            return shaped(error, error.getMessage(), "VALIDATION", field);
        }
        if (error.getErrorType() == ErrorType.ExecutionAborted) {
            return shaped(error, "the query asks for more than the server answers at once: " + error.getMessage(),
                    "TOO_COMPLEX", "query");
        }
        if (error.getErrorType() == ErrorType.ValidationError) {
            var variable = variableAt(error.getLocations());
            return variable.isPresent() ? badVariable(error, variable.get())
                    : shaped(error, "a variable does not fit its type", "VALIDATION", "variables");
        }
        LOG.severe(() -> "GraphQL request " + requestId + " failed: " + error.getErrorType() + ": "
                + LogText.of(error.getMessage()));
        return shaped(error, internal(requestId), "INTERNAL", null);
    }

    private JsonObject failed(GraphQLError error, Throwable failure) {
        var refusal = causeOfType(failure, DomainException.class);
        if (refusal.isPresent()) {
            return shaped(error, refusal.get().getMessage(), refusal.get().code(), refusal.get().field());
        }
        if (causeOfType(failure, OptimisticLockException.class).isPresent()) {
            var conflict = new ConflictException("Someone else changed this return at the same moment:"
                    + " reload it and apply your change again.");
            return shaped(error, conflict.getMessage(), conflict.code(), conflict.field());
        }
        LOG.log(Level.SEVERE, "GraphQL request " + requestId + " failed at " + LogText.of(error.getPath()),
                LogText.failure(failure));
        return shaped(error, internal(requestId), "INTERNAL", null);
    }

    /**
     * A variable whose value does not fit its declared type. The runtime's own message may quote the
     * value as a Java object and name a Java class, so the message is written here from the document.
     */
    private JsonObject badVariable(GraphQLError error, VariableDefinition variable) {
        var name = variable.getName();
        var type = TypeFromAST.getTypeFromAST(schema, variable.getType());
        var bad = type == null ? Optional.<String>empty()
                : BadValue.in(variables == null ? null : variables.get(name), type, "$" + name);
        return shaped(error, bad.orElse("the value of $" + name + " is not a valid " + AstPrinter.printAst(variable.getType())),
                "VALIDATION", "variables." + name);
    }

    /**
     * The variable the error points at: its definition, or an argument given it as its whole value;
     * found in the document, parsed again with locations (errors are rare).
     */
    private Optional<VariableDefinition> variableAt(List<SourceLocation> locations) {
        if (locations == null || locations.isEmpty() || query == null) {
            return Optional.empty();
        }
        var found = new String[1];
        var document = Parser.parse(query);
        try {
            new NodeTraverser().preOrder(new NodeVisitorStub() {
                @Override
                public TraversalControl visitVariableDefinition(VariableDefinition node, TraverserContext<Node> context) {
                    return found(node, node.getName());
                }

                @Override
                public TraversalControl visitArgument(Argument node, TraverserContext<Node> context) {
                    return node.getValue() instanceof VariableReference variable ? found(node, variable.getName())
                            : TraversalControl.CONTINUE;
                }

                private TraversalControl found(Node<?> node, String name) {
                    var where = node.getSourceLocation();
                    if (where != null && locations.stream().anyMatch(l -> l.getLine() == where.getLine()
                            && l.getColumn() == where.getColumn())) {
                        found[0] = name;
                        return TraversalControl.QUIT;
                    }
                    return TraversalControl.CONTINUE;
                }
            }, document);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return document.getDefinitionsOfType(graphql.language.OperationDefinition.class).stream()
                .flatMap(o -> o.getVariableDefinitions().stream())
                .filter(v -> v.getName().equals(found[0])).findFirst();
    }

    /** The argument, written with a literal value, that the error points at. */
    private Optional<Argument> argumentAt(List<SourceLocation> locations) {
        if (locations == null || locations.isEmpty() || query == null) {
            return Optional.empty();
        }
        var found = new Argument[1];
        try {
            new NodeTraverser().preOrder(new NodeVisitorStub() {
                @Override
                public TraversalControl visitArgument(Argument node, TraverserContext<Node> context) {
                    var where = node.getSourceLocation();
                    if (where != null && !(node.getValue() instanceof VariableReference) && locations.stream()
                            .anyMatch(l -> l.getLine() == where.getLine() && l.getColumn() == where.getColumn())) {
                        found[0] = node;
                        return TraversalControl.QUIT;
                    }
                    return TraversalControl.CONTINUE;
                }
            }, Parser.parse(query));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(found[0]);
    }

    private static <T extends Throwable> Optional<T> causeOfType(Throwable failure, Class<T> type) {
        int depth = 0;
        for (var t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    private JsonObject shaped(GraphQLError error, String message, String code, String field) {
        var extensions = Json.createObjectBuilder().add("code", code);
        if (field != null) {
            extensions.add("field", field);
        }
        if ("INTERNAL".equals(code)) {
            extensions.add("requestId", requestId);
        }
        var shaped = Json.createObjectBuilder().add("message", Objects.requireNonNullElse(message, code));
        var locations = error.getLocations();
        if (locations != null && !locations.isEmpty()) {
            var array = Json.createArrayBuilder();
            locations.forEach(l -> array.add(Json.createObjectBuilder().add("line", l.getLine()).add("column", l.getColumn())));
            shaped.add("locations", array);
        }
        var path = error.getPath();
        if (path != null && !path.isEmpty()) {
            var array = Json.createArrayBuilder();
            path.forEach(p -> {
                if (p instanceof Number n) {
                    array.add(n.intValue());
                } else {
                    array.add(String.valueOf(p));
                }
            });
            shaped.add("path", array);
        }
        return shaped.add("extensions", extensions).build();
    }
}
