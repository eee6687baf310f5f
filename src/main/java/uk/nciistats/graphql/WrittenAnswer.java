package uk.nciistats.graphql;

import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import uk.nciistats.infrastructure.LogText;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Receives SmallRye's answer to one request and keeps it as the body to send: data as SmallRye
 * writes it, errors as {@link ContractErrors} shapes them. A failure of the execution itself (not of
 * a field) becomes one INTERNAL error, logged.
 */
final class WrittenAnswer implements ExecutionResponseWriter {
    private static final Logger LOG = Logger.getLogger(WrittenAnswer.class.getName());

    private final ContractErrors errors;
    private GraphQLEndpoint.Answer answer;

    WrittenAnswer(ContractErrors errors) {
        this.errors = errors;
    }

    @Override
    public void write(ExecutionResponse response) {
        var result = response.getExecutionResult();
        if (result.getErrors().isEmpty()) {
            answer = answer(response.getExecutionResultAsString(), true);
            return;
        }
        var data = new ExecutionResponse(result.transform(b -> b.errors(List.of()))).getExecutionResultAsJsonObject();
        var json = Json.createObjectBuilder().add("errors", errors.of(result.getErrors()))
                .add("data", data.getOrDefault("data", JsonValue.NULL));
        answer = answer(json.build().toString(), false);
    }

    @Override
    public void fail(Throwable failure) {
        var id = errors.requestId();
        LOG.log(Level.SEVERE, "GraphQL request " + id + " failed", LogText.failure(failure));
        var error = Json.createObjectBuilder().add("message", ContractErrors.internal(id))
                .add("extensions", Json.createObjectBuilder().add("code", "INTERNAL").add("requestId", id));
        answer = answer(Json.createObjectBuilder().add("errors", Json.createArrayBuilder().add(error))
                .add("data", JsonValue.NULL).build().toString(), false);
    }

    GraphQLEndpoint.Answer answer() {
        if (answer == null) {
            fail(new IllegalStateException("the GraphQL runtime wrote no answer"));
        }
        return answer;
    }

    private static GraphQLEndpoint.Answer answer(String json, boolean clean) {
        return new GraphQLEndpoint.Answer(200, json.getBytes(StandardCharsets.UTF_8), clean, -1);
    }
}
