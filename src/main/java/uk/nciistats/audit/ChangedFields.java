package uk.nciistats.audit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one audit entry changed, field by field: each field whose value differs between the state
 * before and the state after, with both values as text ("" for a value that was not there). The
 * version, which every change moves, is left out.
 */
public final class ChangedFields {
    private static final Set<String> ALWAYS_MOVES = Set.of("version");

    /** One field of the return (or of a report) before and after the change. */
    public record FieldChange(String field, String before, String after) {
    }

    private ChangedFields() {
    }

    /** The changed fields of two JSON states (either may be null: nothing before a creation, after a deletion). */
    public static List<FieldChange> of(String beforeJson, String afterJson) {
        var before = flat(parse(beforeJson));
        var after = flat(parse(afterJson));
        var fields = new LinkedHashSet<String>(before.keySet());
        fields.addAll(after.keySet());
        var changes = new ArrayList<FieldChange>();
        for (var field : fields) {
            if (ALWAYS_MOVES.contains(field)) {
                continue;
            }
            var was = text(before.get(field));
            var is = text(after.get(field));
            if (!was.equals(is)) {
                changes.add(new FieldChange(field, was, is));
            }
        }
        return changes;
    }

    /**
     * The state with nested values spread into fields of their own: a report object becomes
     * "report victimAge", "report outcome"…; a list of cells ("AGE 0-17=9") becomes one field per cell.
     */
    static java.util.Map<String, JsonValue> flat(JsonObject state) {
        var fields = new java.util.LinkedHashMap<String, JsonValue>();
        state.forEach((key, value) -> {
            if (value.getValueType() == JsonValue.ValueType.OBJECT) {
                value.asJsonObject().forEach((inner, v) -> fields.put(key + " " + inner, v));
            } else if (value.getValueType() == JsonValue.ValueType.ARRAY && !value.asJsonArray().isEmpty()
                    && value.asJsonArray().stream().allMatch(v -> v instanceof JsonString s && s.getString().contains("="))) {
                for (var v : value.asJsonArray()) {
                    var cell = ((JsonString) v).getString();
                    int eq = cell.lastIndexOf('=');
                    fields.put(key + " " + cell.substring(0, eq), Json.createValue(cell.substring(eq + 1)));
                }
            } else {
                fields.put(key, value);
            }
        });
        return fields;
    }

    /** One value of a state as a person reads it: strings bare, lists joined by commas, objects as "key value". */
    static String text(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case ARRAY -> String.join("; ", value.asJsonArray().stream().map(ChangedFields::text).toList());
            case OBJECT -> String.join(", ", value.asJsonObject().entrySet().stream()
                    .filter(e -> e.getValue().getValueType() != JsonValue.ValueType.NULL)
                    .map(e -> e.getKey() + " " + text(e.getValue())).toList());
            default -> value.toString();
        };
    }

    private static JsonObject parse(String json) {
        if (json == null || json.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
