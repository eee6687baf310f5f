package uk.nciistats.graphql;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The first part of a variable's value that does not fit its declared type, said for the person who
 * sent it: where in the value (e.g. {@code $in.periodEnd}) and what is wrong, quoting the value. The
 * runtime refuses such a value too, but its message may show the value as a Java object and name a
 * Java class.
 */
final class BadValue {
    private static final int QUOTED = 100;

    private BadValue() {
    }

    static Optional<String> in(JsonValue value, GraphQLType type, String at) {
        if (type instanceof GraphQLNonNull nonNull) {
            return value == null || value.getValueType() == JsonValue.ValueType.NULL
                    ? Optional.of(at + " is required") : in(value, nonNull.getWrappedType(), at);
        }
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (type instanceof GraphQLList list) {
            if (!(value instanceof JsonArray array)) {
                return in(value, list.getWrappedType(), at);
            }
            for (int i = 0; i < array.size(); i++) {
                var bad = in(array.get(i), list.getWrappedType(), at + "[" + i + "]");
                if (bad.isPresent()) {
                    return bad;
                }
            }
            return Optional.empty();
        }
        if (type instanceof GraphQLInputObjectType object) {
            if (!(value instanceof JsonObject fields)) {
                return Optional.of(at + " must be an object of " + object.getName());
            }
            for (var name : fields.keySet()) {
                if (object.getField(name) == null) {
                    return Optional.of(at + " has no field " + quoted(name) + " (" + object.getName() + ")");
                }
            }
            for (var field : object.getFields()) {
                var bad = in(fields.get(field.getName()), field.getType(), at + "." + field.getName());
                if (bad.isPresent()) {
                    return bad;
                }
            }
            return Optional.empty();
        }
        if (type instanceof GraphQLEnumType enumeration) {
            return value instanceof JsonString s && enumeration.getValue(s.getString()) != null ? Optional.empty()
                    : Optional.of(at + ": " + quoted(text(value)) + " is not one of " + enumeration.getValues().stream()
                    .map(v -> v.getName()).toList());
        }
        if (type instanceof GraphQLScalarType scalar) {
            return scalar(value, scalar.getName(), at);
        }
        return Optional.empty();
    }

    private static Optional<String> scalar(JsonValue value, String scalar, String at) {
        switch (scalar) {
            case "Date" -> {
                if (value instanceof JsonString s) {
                    try {
                        LocalDate.parse(s.getString());
                        return Optional.empty();
                    } catch (DateTimeParseException e) {
                        // said below
                    }
                }
                return Optional.of(at + ": " + quoted(text(value)) + " is not a date: write it as YYYY-MM-DD, e.g. 2024-01-31");
            }
            case "Int" -> {
                return value instanceof JsonNumber n && n.isIntegral() && n.bigIntegerValue().bitLength() < 32
                        ? Optional.empty() : Optional.of(at + ": " + quoted(text(value)) + " is not an Int (a whole number"
                        + " from -2147483648 to 2147483647)");
            }
            case "Float" -> {
                return value instanceof JsonNumber ? Optional.empty() : Optional.of(at + ": " + quoted(text(value)) + " is not a number");
            }
            case "Boolean" -> {
                return value == JsonValue.TRUE || value == JsonValue.FALSE ? Optional.empty()
                        : Optional.of(at + ": " + quoted(text(value)) + " is not true or false");
            }
            case "String", "ID" -> {
                return value instanceof JsonString || (scalar.equals("ID") && value instanceof JsonNumber) ? Optional.empty()
                        : Optional.of(at + ": " + quoted(text(value)) + " is not a string");
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString s ? s.getString() : value.toString();
    }

    private static String quoted(String text) {
        return "'" + (text.length() > QUOTED ? text.substring(0, QUOTED) + "…" : text) + "'";
    }
}
