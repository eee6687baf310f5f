package uk.nciistats.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads back through GraphQL what a server stored: returns by reference, cohort totals, audit entries. */
public final class Readback {
    private static final String RETURNS_OF_YEAR = "query($from: Date!, $to: Date!) {"
            + " returns(filter: {from: $from, to: $to}, first: 500) { edges { node { " + ReturnDesk.FIELDS + " } } } }";
    private static final String COHORT_TOTAL = """
            query($forces: [String!], $from: Date, $to: Date) {
              cohortStats(filter: {forces: $forces, from: $from, to: $to}) { total { low high exact } }
            }""";
    private final GraphQLClient analyst;
    private final GraphQLClient admin;

    public Readback(String baseUrl) {
        this.analyst = GraphQLClient.as("analyst").on(baseUrl);
        this.admin = GraphQLClient.as("admin").on(baseUrl);
    }

    public static Readback ofTestServer() {
        return new Readback(TestServer.baseUrl());
    }

    /** The stored returns whose period lies in {@code year}, by reference. */
    public Map<String, JsonObject> returnsOf(int year) {
        return analyst.data(RETURNS_OF_YEAR, Json.createObjectBuilder().add("from", year + "-01-01").add("to", year + "-12-31").build())
                .getJsonObject("returns").getJsonArray("edges").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getJsonObject("node"))
                .collect(Collectors.toMap(n -> n.getString("ref"), n -> n));
    }

    /** cohortStats' total for these forces in {@code year} as "low..high". */
    public String cohortTotal(int year, String... forces) {
        var list = Json.createArrayBuilder();
        List.of(forces).forEach(list::add);
        var total = analyst.data(COHORT_TOTAL, Json.createObjectBuilder().add("forces", list)
                        .add("from", year + "-01-01").add("to", year + "-12-31").build())
                .getJsonObject("cohortStats").getJsonObject("total");
        return total.getInt("low") + ".." + total.getInt("high");
    }

    /** The IMPORT entries of the audit log whose imports named this return reference, newest first. */
    public List<JsonObject> importsNaming(String ref) {
        return admin.data("{ auditLog(first: 500) { actor action returnId returnRef before after } }")
                .getJsonArray("auditLog").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("action").equals("IMPORT"))
                .filter(e -> state(e, "after").getJsonObject("returnIds").containsKey(ref))
                .toList();
    }

    /** The audit history of one return, oldest first. */
    public List<JsonObject> historyOf(String returnId) {
        return admin.data("query($id: ID!) { auditLog(returnId: $id) { actor action returnId returnRef before after } }",
                Json.createObjectBuilder().add("id", returnId).build()).getJsonArray("auditLog").getValuesAs(JsonObject.class);
    }

    /** The before or after state of an audit entry. */
    public static JsonObject state(JsonObject entry, String which) {
        return Json.createReader(new StringReader(entry.getString(which))).readObject();
    }
}
