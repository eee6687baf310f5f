package uk.nciistats.graphql;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.schema.idl.EchoingWiringFactory;
import graphql.schema.idl.ScalarInfo;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.validation.ValidationError;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Checks a GraphQL request before it runs: its syntax, every field and argument against the
 * schema, its variables (a {@code Date} must be an ISO date, as for the runtime), and its depth and
 * complexity. Liberty's GraphQL runtime answers an invalid document or variable with an HTTP 500
 * page; this check answers it with the contract's VALIDATION or TOO_COMPLEX error naming the
 * offending field, and the request never reaches the runtime.
 */
@ApplicationScoped
public class DocumentCheck {
    static final int MAX_DEPTH = 20; // GraphiQL's introspection query nests 13 levels
    static final int MAX_COMPLEXITY = 2_000;
    private static final Pattern VARIABLE = Pattern.compile("[Vv]ariable '(\\w+)'");

    /** A refusal of the whole document. */
    public record Problem(String code, String field, String message) {
    }

    private volatile GraphQL checker;

    /** Every problem of the request; empty when it may run. {@code schema} yields the SDL once. */
    public List<Problem> problems(String query, String operationName, Map<String, Object> variables,
                                  Supplier<String> schema) {
        if (query == null || query.isBlank()) {
            return List.of(new Problem("VALIDATION", "query", "the request has no GraphQL query"));
        }
        var input = ExecutionInput.newExecutionInput(query).operationName(operationName)
                .variables(variables == null ? Map.of() : variables).build();
        var result = checker(schema).execute(input);
        var problems = new ArrayList<Problem>();
        for (GraphQLError e : result.getErrors()) {
            ErrorClassification type = e.getErrorType();
            if (type == ErrorType.InvalidSyntax || type == ErrorType.ValidationError) {
                problems.add(new Problem("VALIDATION", fieldOf(e), e.getMessage()));
            } else if (type == ErrorType.ExecutionAborted) {
                problems.add(new Problem("TOO_COMPLEX", "query", "the query is too deep or too complex (at most "
                        + MAX_DEPTH + " levels and " + MAX_COMPLEXITY + " fields): " + e.getMessage()));
            }
        }
        return problems;
    }

    private static String fieldOf(GraphQLError e) {
        if (e instanceof ValidationError v && v.getQueryPath() != null && !v.getQueryPath().isEmpty()) {
            return String.join(".", v.getQueryPath());
        }
        var variable = VARIABLE.matcher(e.getMessage());
        return variable.find() ? "variables." + variable.group(1) : "query";
    }

    /** The runtime's SDL leaves out its built-in scalars' declarations; add those it uses. */
    static String withScalars(String sdl) {
        var out = new StringBuilder(sdl);
        for (var scalar : List.of("Date", "DateTime", "Time", "BigInteger", "BigDecimal", "Void")) {
            if (Pattern.compile("\\b" + scalar + "\\b").matcher(sdl).find()
                    && !Pattern.compile("(?m)^\\s*scalar\\s+" + scalar + "\\b").matcher(sdl).find()) {
                out.append("\nscalar ").append(scalar).append('\n');
            }
        }
        return out.toString();
    }

    private GraphQL checker(Supplier<String> schema) {
        if (checker == null) {
            synchronized (this) {
                if (checker == null) {
                    var types = new SchemaParser().parse(withScalars(schema.get()));
                    var wiring = EchoingWiringFactory.newEchoingWiring(w -> types.scalars().keySet().stream()
                            .filter(name -> !ScalarInfo.isGraphqlSpecifiedScalar(name))
                            .forEach(name -> w.scalar(name.equals("Date") ? IsoDate.SCALAR
                                    : EchoingWiringFactory.fakeScalar(name))));
                    checker = GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(types, wiring))
                            .instrumentation(new ChainedInstrumentation(List.of(
                                    new MaxQueryDepthInstrumentation(MAX_DEPTH),
                                    new MaxQueryComplexityInstrumentation(MAX_COMPLEXITY))))
                            .build();
                }
            }
        }
        return checker;
    }
}
