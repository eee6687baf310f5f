package uk.nciistats.console;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import uk.nciistats.support.GraphQLClient;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The dashboard's tables as a person reads them, and what {@code cohortStats} answers for the same
 * filter and role written the same way: the two must be equal.
 */
final class DashboardTables {
    private static final String QUESTION = """
            query($filter: CohortFilter, $groupBy: [Dimension!]) {
              cohortStats(filter: $filter, groupBy: $groupBy) {
                rows { force { code } ageBand { label } outcome platform period
                       count { low high suppressed } share { low high } }
              }
            }""";

    private DashboardTables() {
    }

    /** The rows of a chart's table ({@code force}, {@code age-band}…): key, count, share. */
    @SuppressWarnings("unchecked")
    static List<List<String>> rows(ConsoleBrowser browser, String chart) {
        return (List<List<String>>) browser.script("return Array.from(document.querySelectorAll('#table-" + chart
                + " tbody tr')).map(r => [r.dataset.key, r.cells[1].textContent, r.cells[2].textContent])");
    }

    /** The dashboard's filter of one calendar year, as GraphQL's {@code CohortFilter}. */
    static JsonObjectBuilder year(int year) {
        return Json.createObjectBuilder().add("from", year + "-01-01").add("to", year + "-12-31");
    }

    /** GraphQL's answer for the same filter and role, written as the dashboard's table writes it. */
    static List<List<String>> cohortStats(String user, String dimension, JsonObjectBuilder filter) {
        var stats = GraphQLClient.as(user).data(QUESTION, Json.createObjectBuilder().add("filter", filter)
                .add("groupBy", Json.createArrayBuilder().add(dimension)).build()).getJsonObject("cohortStats");
        var rows = new ArrayList<List<String>>();
        for (var row : stats.getJsonArray("rows").getValuesAs(JsonObject.class)) {
            var count = row.getJsonObject("count");
            var share = row.isNull("share") ? null : row.getJsonObject("share");
            rows.add(List.of(key(row, dimension), count(count), share(count, share)));
        }
        return rows;
    }

    private static String key(JsonObject row, String dimension) {
        return switch (dimension) {
            case "FORCE" -> row.getJsonObject("force").getString("code");
            case "AGE_BAND" -> row.getJsonObject("ageBand").getString("label");
            case "YEAR" -> row.getString("period");
            default -> row.getString(dimension.toLowerCase(Locale.ROOT));
        };
    }

    private static String count(JsonObject count) {
        if (count.getBoolean("suppressed")) {
            return "withheld";
        }
        var whole = NumberFormat.getIntegerInstance(Locale.UK);
        long low = count.getJsonNumber("low").longValue();
        long high = count.getJsonNumber("high").longValue();
        return low == high ? whole.format(low) : whole.format(low) + " to " + whole.format(high);
    }

    private static String share(JsonObject count, JsonObject share) {
        if (count.getBoolean("suppressed")) {
            return "withheld";
        }
        if (share == null || share.get("low").getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        double low = ((JsonNumber) share.get("low")).doubleValue();
        double high = ((JsonNumber) share.get("high")).doubleValue();
        return low == high ? percent(low) : percent(low) + " to " + percent(high);
    }

    private static String percent(double share) {
        return String.format(Locale.UK, "%.1f%%", share * 100);
    }
}
