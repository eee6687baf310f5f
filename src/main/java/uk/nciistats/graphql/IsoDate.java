package uk.nciistats.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLScalarType;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The {@code Date} scalar as {@link DocumentCheck} sees it: an ISO-8601 date such as 2024-01-31,
 * exactly what the runtime accepts. Only input is checked; output is never produced by the check.
 */
final class IsoDate implements Coercing<LocalDate, String> {
    static final GraphQLScalarType SCALAR = GraphQLScalarType.newScalar().name("Date")
            .description("ISO-8601").coercing(new IsoDate()).build();

    private IsoDate() {
    }

    @Override
    public String serialize(Object value, GraphQLContext context, Locale locale) {
        return String.valueOf(value);
    }

    @Override
    public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
        var date = parse(input);
        if (date == null) {
            throw new CoercingParseValueException(refusal(input));
        }
        return date;
    }

    @Override
    public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
        if (!(input instanceof StringValue text)) {
            throw new CoercingParseLiteralException("a date is a string: write it as \"YYYY-MM-DD\", e.g. \"2024-01-31\"");
        }
        var date = parse(text.getValue());
        if (date == null) {
            throw new CoercingParseLiteralException(refusal(text.getValue()));
        }
        return date;
    }

    private static LocalDate parse(Object input) {
        if (input instanceof String text) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    private static String refusal(Object input) {
        return "'" + input + "' is not a date: write it as YYYY-MM-DD, e.g. 2024-01-31";
    }
}
