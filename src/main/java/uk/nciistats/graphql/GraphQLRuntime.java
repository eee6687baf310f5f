package uk.nciistats.graphql;

import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.cdi.producer.GraphQLProducer;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.graphql.execution.SchemaPrinter;
import io.smallrye.graphql.schema.SchemaBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.jboss.jandex.Index;
import org.jboss.jandex.Indexer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * SmallRye GraphQL 2, embedded: the schema is built once, at start, from the application's own
 * classes, and every request is executed by SmallRye's {@link ExecutionService}. Only
 * {@code WEB-INF/classes} is indexed (SmallRye's servlet module indexes every jar of
 * {@code WEB-INF/lib}, which made each start seconds slower); the API's types all live there.
 */
@ApplicationScoped
public class GraphQLRuntime {
    /** Types SmallRye expects in every index (as its servlet module adds them): maps and the directives it knows. */
    private static final Class<?>[] RUNTIME_TYPES = {Map.class, io.smallrye.graphql.api.Entry.class,
            java.lang.annotation.Repeatable.class, Deprecated.class, io.smallrye.graphql.api.Deprecated.class,
            io.smallrye.graphql.api.OneOf.class, io.smallrye.graphql.api.Namespace.class};

    private final GraphQLProducer producer;
    private final Instance<ExecutionService> executions;
    private volatile ExecutionService execution;
    private volatile String sdl;
    private volatile GraphQLSchema schema;

    @Inject
    public GraphQLRuntime(GraphQLProducer producer, Instance<ExecutionService> executions) {
        this.producer = producer;
        this.executions = executions;
    }

    protected GraphQLRuntime() {
        this(null, null);
    }

    /** Builds the schema from the classes under {@code classes} (the war's WEB-INF/classes). */
    public synchronized void start(Path classes) {
        if (execution != null) {
            return;
        }
        var index = new Indexer();
        try (Stream<Path> files = Files.walk(classes.resolve("uk"))) {
            for (var file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                try (InputStream in = Files.newInputStream(file)) {
                    index.index(in);
                }
            }
            for (var type : RUNTIME_TYPES) {
                index.indexClass(type);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index the GraphQL API's classes in " + classes, e);
        }
        Index built = index.complete();
        GraphQLSchema schema = producer.initialize(SchemaBuilder.build(built), true);
        this.schema = schema;
        this.sdl = new SchemaPrinter().print(schema);
        this.execution = executions.get();
    }

    /** Runs the request ({@code query}, {@code operationName}, {@code variables}); the answer goes to {@code writer}. */
    public void execute(JsonObject request, Map<String, Object> context, ExecutionResponseWriter writer) {
        execution.executeSync(request, context, writer);
    }

    /** The executable schema. */
    public GraphQLSchema schema() {
        return schema;
    }

    /** The schema in SDL, as served at /graphql/schema.graphql. */
    public String sdl() {
        return sdl;
    }
}
