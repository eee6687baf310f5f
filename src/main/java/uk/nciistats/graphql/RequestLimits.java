package uk.nciistats.graphql;

import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.VariableReference;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;
import graphql.parser.exceptions.ParseCancelledTooManyCharsException;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.nciistats.errors.TooComplexException;
import uk.nciistats.errors.ValidationException;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * How much one GraphQL request may ask, checked before the runtime reads it: the body's bytes,
 * the document's tokens, its depth and complexity with fragments expanded (a statistics question
 * weighing as much as {@code statisticsWeight} fields), and how deep any argument nests objects
 * and lists, whether written in the document or sent in variables. Every number is a MicroProfile
 * Config property {@code ncii.graphql.*}, with its default in microprofile-config.properties.
 * <p>
 * SmallRye GraphQL enforces depth, complexity and tokens too ({@code smallrye.graphql.*}, set from the
 * same numbers), as a second line. These checks stay here because the runtime can do neither of two
 * things they do: weigh a statistics question more than a field, and measure a document whose
 * fragments double at every level without expanding it (graphql-java's instrumentation walks every
 * expanded field: 17 million for a document of 1.4 KB). Input nesting and the body have no setting
 * in the runtime at all.
 */
@ApplicationScoped
public class RequestLimits {
    /** Fields whose every answer is a statistics question over the facts. */
    private static final Set<String> STATISTICS = Set.of("cohortStats", "ageStats");

    private final int maxBodyBytes;
    private final int maxTokens;
    private final int maxDepth;
    private final int maxComplexity;
    private final long statisticsWeight;
    private final int maxInputDepth;

    @Inject
    public RequestLimits(@ConfigProperty(name = "ncii.graphql.maxBodyBytes") int maxBodyBytes,
                         @ConfigProperty(name = "ncii.graphql.maxTokens") int maxTokens,
                         @ConfigProperty(name = "ncii.graphql.maxDepth") int maxDepth,
                         @ConfigProperty(name = "ncii.graphql.maxComplexity") int maxComplexity,
                         @ConfigProperty(name = "ncii.graphql.statisticsWeight") int statisticsWeight,
                         @ConfigProperty(name = "ncii.graphql.maxInputDepth") int maxInputDepth) {
        this.maxBodyBytes = maxBodyBytes;
        this.maxTokens = maxTokens;
        this.maxDepth = maxDepth;
        this.maxComplexity = maxComplexity;
        this.statisticsWeight = Math.max(1, statisticsWeight);
        this.maxInputDepth = maxInputDepth;
    }

    protected RequestLimits() {
        this(0, 0, 0, 0, 0, 0);
    }

    /** The largest request body, in bytes, that is read at all. */
    public int maxBodyBytes() {
        return maxBodyBytes;
    }

    /**
     * Refuses the request, with a {@link TooComplexException} or a {@link ValidationException} naming
     * the argument at fault, if it asks for more than allowed; answers its parsed document. A document
     * that does not parse for any other reason passes, as null: the runtime names its fault.
     */
    public Document check(String query, JsonObject variables) {
        if (query == null || query.isBlank()) {
            return null;
        }
        ArgumentNesting.inDocument(query, maxInputDepth).ifPresent(tooDeep -> {
            throw tooDeep(tooDeep.argument());
        });
        var document = parsed(query);
        if (document == null) {
            return null;
        }
        var cost = DocumentCost.of(document, field -> STATISTICS.contains(field.getName()) ? statisticsWeight : 1);
        if (cost.depth() > maxDepth) {
            throw new TooComplexException("query", "the query nests " + cost.depth() + " levels of fields; at most "
                    + maxDepth + " are allowed");
        }
        if (cost.fields() > maxComplexity) {
            throw new TooComplexException("query", "the query asks for more than " + maxComplexity + " fields with its"
                    + " fragments expanded (each cohortStats or ageStats counts " + statisticsWeight + "); ask in"
                    + " several requests");
        }
        if (variables != null) {
            var arguments = argumentsOfVariables(document);
            variables.forEach((name, value) -> {
                if (ArgumentNesting.deeper(value, maxInputDepth)) {
                    throw tooDeep(arguments.getOrDefault(name, "variables." + name));
                }
            });
        }
        return document;
    }

    private Document parsed(String query) {
        var options = ParserOptions.getDefaultOperationParserOptions().transform(o -> o.maxTokens(maxTokens)
                .captureSourceLocation(false).captureLineComments(false));
        try {
            return new Parser().parseDocument(ParserEnvironment.newParserEnvironment().document(query)
                    .parserOptions(options).build());
        } catch (ParseCancelledException | ParseCancelledTooManyCharsException e) {
            throw new TooComplexException("query", "the query is too long: at most " + maxTokens
                    + " tokens (names, values and punctuation) are allowed");
        } catch (ParseCancelledTooDeepException e) {
            throw new TooComplexException("query", "the query nests too deep to be read");
        } catch (InvalidSyntaxException e) {
            return null;
        }
    }

    /** Why a document that {@link #check} let pass as null does not parse: a VALIDATION of {@code query}. */
    public ValidationException syntaxError(String query) {
        try {
            new Parser().parseDocument(ParserEnvironment.newParserEnvironment().document(query)
                    .parserOptions(ParserOptions.getDefaultOperationParserOptions().transform(o -> o.maxTokens(maxTokens)))
                    .build());
            return new ValidationException("query", "the query does not parse");
        } catch (InvalidSyntaxException e) {
            return new ValidationException("query", e.getMessage());
        } catch (RuntimeException e) {
            return new ValidationException("query", "the query does not parse");
        }
    }

    private ValidationException tooDeep(String argument) {
        return new ValidationException(argument == null ? "query" : argument, "the value of " + (argument == null
                ? "an argument" : argument) + " nests objects and lists more than " + maxInputDepth + " deep");
    }

    /** The argument each variable is given to (the first, if several). */
    private static Map<String, String> argumentsOfVariables(Document document) {
        var arguments = new HashMap<String, String>();
        new NodeTraverser().preOrder(new NodeVisitorStub() {
            @Override
            public TraversalControl visitVariableReference(VariableReference node, TraverserContext<Node> context) {
                for (var at = context.getParentContext(); at != null && at.thisNode() != null; at = at.getParentContext()) {
                    if (at.thisNode() instanceof Argument argument) {
                        arguments.putIfAbsent(node.getName(), argument.getName());
                        break;
                    }
                }
                return TraversalControl.CONTINUE;
            }
        }, document);
        return arguments;
    }
}
