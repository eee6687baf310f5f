package uk.nciistats.console.admin;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What an audit entry's states say, top-level field by field: each field with its value before and
 * after the change (empty where the state has none: nothing before a creation, after a deletion).
 */
final class AuditChanges {
    private static final int SHORT = 40;

    /** One field of the state before and after; {@code changed} when the two differ. */
    record Field(String name, String before, String after) {
        boolean changed() {
            return !before.equals(after);
        }
    }

    private AuditChanges() {
    }

    static List<Field> of(String beforeJson, String afterJson) {
        var before = parse(beforeJson);
        var after = parse(afterJson);
        var names = new LinkedHashSet<>(before.keySet());
        names.addAll(after.keySet());
        var fields = new ArrayList<Field>();
        for (var name : names) {
            fields.add(new Field(name, text(before.get(name)), text(after.get(name))));
        }
        return fields;
    }

    /**
     * The changed fields in a line, "role VIEWER → ANALYST; enabled true → false", long values cut
     * short; a creation or deletion says so.
     */
    static String summary(String beforeJson, String afterJson) {
        if (beforeJson == null && afterJson != null) {
            return (parse(afterJson).containsKey("imported") ? "imported" : "created") + " (open the row for every field)";
        }
        if (afterJson == null && beforeJson != null) {
            return "deleted (open the row for what it held)";
        }
        var parts = new ArrayList<String>();
        for (var field : of(beforeJson, afterJson)) {
            if (field.changed() && !field.name().equals("version")) {
                parts.add(field.name() + " " + cut(field.before()) + " → " + cut(field.after()));
            }
        }
        return String.join("; ", parts);
    }

    private static String cut(String text) {
        if (text.isEmpty()) {
            return "—";
        }
        return text.length() > SHORT ? text.substring(0, SHORT) + "…" : text;
    }

    private static String text(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            return String.join(", ", value.asJsonArray().stream().map(AuditChanges::text).toList());
        }
        return value.toString();
    }

    private static JsonObject parse(String json) {
        if (json == null || json.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            return Json.createObjectBuilder().add("state", json).build();
        }
    }
}
