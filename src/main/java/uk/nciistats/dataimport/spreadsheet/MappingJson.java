package uk.nciistats.dataimport.spreadsheet;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * A mapping as JSON, the form it is saved and shipped in:
 * <pre>{ "name": "...", "columns": { "FORCE": ["Police force"], "PLATFORMS": ["Used", "additional"] },
 *   "defaults": { "ref": "BBC2015", "forceCode": null, "periodStart": "2015-04-13", "periodEnd": "2015-12-31",
 *                 "source": "...", "receivedOn": null },
 *   "unknownMarkers": ["nn"], "monthDates": "FIRST_DAY_IN_PERIOD",
 *   "values": { "OUTCOME": { "no action": "NO_FURTHER_ACTION" } } }</pre>
 */
public final class MappingJson {
    private MappingJson() {
    }

    public static String write(Mapping mapping) {
        var columns = Json.createObjectBuilder();
        mapping.columns().forEach((field, names) -> columns.add(field.name(), Json.createArrayBuilder(names)));
        var values = Json.createObjectBuilder();
        mapping.values().forEach((field, entries) -> {
            var e = Json.createObjectBuilder();
            entries.forEach(e::add);
            values.add(field.name(), e);
        });
        var d = mapping.defaults();
        var defaults = Json.createObjectBuilder();
        text(defaults, "ref", d.ref());
        text(defaults, "forceCode", d.forceCode());
        text(defaults, "periodStart", d.periodStart());
        text(defaults, "periodEnd", d.periodEnd());
        text(defaults, "source", d.source());
        text(defaults, "receivedOn", d.receivedOn());
        var json = Json.createObjectBuilder()
                .add("name", mapping.name())
                .add("columns", columns)
                .add("defaults", defaults)
                .add("unknownMarkers", Json.createArrayBuilder(new ArrayList<>(mapping.unknownMarkers())))
                .add("monthDates", mapping.monthDates().name())
                .add("values", values)
                .build();
        var out = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.writeObject(json);
        }
        return out.toString().strip();
    }

    /** Reads a mapping; a malformed one is an IllegalArgumentException saying what is wrong. */
    public static Mapping read(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            var json = reader.readObject();
            var columns = new EnumMap<Field, List<String>>(Field.class);
            json.getJsonObject("columns").forEach((field, names) -> columns.put(Field.valueOf(field),
                    names.asJsonArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()));
            var values = new EnumMap<Field, Map<String, String>>(Field.class);
            if (json.containsKey("values")) {
                json.getJsonObject("values").forEach((field, entries) -> {
                    var map = new LinkedHashMap<String, String>();
                    entries.asJsonObject().forEach((k, v) -> map.put(k, ((JsonString) v).getString()));
                    values.put(Field.valueOf(field), map);
                });
            }
            var markers = new LinkedHashSet<String>();
            if (json.containsKey("unknownMarkers")) {
                json.getJsonArray("unknownMarkers").getValuesAs(JsonString.class).forEach(s -> markers.add(s.getString()));
            }
            var d = json.containsKey("defaults") ? json.getJsonObject("defaults") : JsonValue.EMPTY_JSON_OBJECT;
            var defaults = new ReturnDefaults(string(d, "ref"), string(d, "forceCode"), date(d, "periodStart"),
                    date(d, "periodEnd"), string(d, "source"), date(d, "receivedOn"));
            return new Mapping(json.getString("name", ""), columns, defaults, markers, values,
                    MonthDates.valueOf(json.getString("monthDates", MonthDates.FIRST_DAY_IN_PERIOD.name())));
        } catch (JsonException | ClassCastException | NullPointerException | DateTimeParseException e) {
            throw new IllegalArgumentException("not a mapping: " + e.getMessage(), e);
        }
    }

    private static void text(jakarta.json.JsonObjectBuilder b, String key, Object value) {
        if (value == null) {
            b.addNull(key);
        } else {
            b.add(key, value.toString());
        }
    }

    private static String string(JsonObject o, String key) {
        return o.containsKey(key) && !o.isNull(key) ? o.getString(key) : null;
    }

    private static LocalDate date(JsonObject o, String key) {
        var s = string(o, key);
        return s == null || s.isBlank() ? null : LocalDate.parse(s);
    }
}
