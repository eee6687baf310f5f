package uk.nciistats.graphql;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategy;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.schema.idl.EchoingWiringFactory;
import graphql.schema.idl.ScalarInfo;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.validation.ValidationError;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Checks a GraphQL request before it runs: its syntax, every field and argument against the
 * schema, and its variables (a {@code Date} must be an ISO date, as for the runtime). Liberty's
 * GraphQL runtime answers an invalid document or variable with an HTTP 500 page; this check answers
 * it with the contract's VALIDATION error naming the offending field, and the request never reaches
 * the runtime. It runs after {@link RequestLimits}, so what it parses is bounded in size, depth and
 * complexity. Nothing is executed here: documents are parsed and validated once per distinct query
 * text, then only variables are checked per request.
 */
@ApplicationScoped
public class DocumentCheck {
    private static final Pattern VARIABLE = Pattern.compile("[Vv]ariable '(\\w+)'");

    /** Top-level query fields whose answers depend only on the caller's audience and the facts' generation. */
    private static final Set<String> STATISTICS = Set.of("cohortStats", "ageStats", "forces", "offences", "__typename");
    private static final int DOCUMENTS_KEPT = 512;

    /** A refusal of the whole document. */
    public record Problem(String code, String field, String message) {
    }

    /** The verdict on one request: its problems, and whether it only asks for statistics. */
    public record Verdict(List<Problem> problems, boolean statisticsOnly) {
    }

    private final Documents documents = new Documents();
    private volatile GraphQL checker;

    /** The verdict on the request. {@code schema} yields the SDL once. */
    public Verdict check(String query, String operationName, Map<String, Object> variables,
                         Supplier<String> schema) {
        if (query == null || query.isBlank()) {
            return new Verdict(List.of(new Problem("VALIDATION", "query", "the request has no GraphQL query")), false);
        }
        var input = ExecutionInput.newExecutionInput(query).operationName(operationName)
                .variables(variables == null ? Map.of() : variables).build();
        var result = checker(schema).execute(input);
        var problems = new ArrayList<Problem>();
        for (GraphQLError e : result.getErrors()) {
            ErrorClassification type = e.getErrorType();
            if (type == ErrorType.InvalidSyntax || type == ErrorType.ValidationError) {
                problems.add(new Problem("VALIDATION", fieldOf(e), e.getMessage()));
            }
        }
        return new Verdict(problems, problems.isEmpty() && statisticsOnly(documents.parsed(query), operationName));
    }

    /** True when the operation to run is a query whose every top-level field is a statistic. */
    private static boolean statisticsOnly(Document document, String operationName) {
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
                            .preparsedDocumentProvider(documents)
                            .queryExecutionStrategy(new NothingToRun())
                            .mutationExecutionStrategy(new NothingToRun())
                            .subscriptionExecutionStrategy(new NothingToRun())
                            .build();
                }
            }
        }
        return checker;
    }

    /** Parsed and validated documents, by query text, the most recently used kept. */
    private static final class Documents implements PreparsedDocumentProvider {
        private final Map<String, PreparsedDocumentEntry> kept = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
                return size() > DOCUMENTS_KEPT;
            }
        };

        @Override
        public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
                ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
            PreparsedDocumentEntry entry;
            synchronized (kept) {
                entry = kept.get(input.getQuery());
            }
            if (entry == null) {
                entry = parseAndValidate.apply(input);
                synchronized (kept) {
                    kept.put(input.getQuery(), entry);
                }
            }
            return CompletableFuture.completedFuture(entry);
        }

        Document parsed(String query) {
            synchronized (kept) {
                var entry = kept.get(query);
                return entry == null || entry.hasErrors() ? null : entry.getDocument();
            }
        }
    }

    /** The check stops where execution would begin. */
    private static final class NothingToRun extends ExecutionStrategy {
        @Override
        public CompletableFuture<ExecutionResult> execute(ExecutionContext context, ExecutionStrategyParameters parameters) {
            return CompletableFuture.completedFuture(ExecutionResult.newExecutionResult().build());
        }
    }
}
