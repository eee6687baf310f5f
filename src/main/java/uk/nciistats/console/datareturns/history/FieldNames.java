package uk.nciistats.console.datareturns.history;

import java.util.Map;

/** The fields of an audit entry as a data-entry person names them: "periodStart" is "Period start". */
final class FieldNames {
    private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("ref", "Reference"),
            Map.entry("forceCode", "Force"), Map.entry("offenceCode", "Offence"), Map.entry("periodStart", "Period start"),
            Map.entry("periodEnd", "Period end"), Map.entry("granularity", "Granularity"), Map.entry("source", "Source"),
            Map.entry("receivedOn", "Received on"), Map.entry("status", "Status"), Map.entry("total", "Total"),
            Map.entry("reportsAdded", "Reports added"), Map.entry("reportsDeleted", "Reports deleted"),
            Map.entry("reports", "Deleted reports"), Map.entry("id", "id"), Map.entry("reportedOn", "reported on"),
            Map.entry("victimAge", "victim's age"), Map.entry("victimGender", "victim's gender"),
            Map.entry("platforms", "platforms"), Map.entry("outcome", "outcome"),
            Map.entry("homeOfficeOutcome", "Home Office outcome type"), Map.entry("imported", "Imported"),
            Map.entry("replaces", "Replaces return"));

    private FieldNames() {
    }

    /** "cells AGE 0-17" is "Count AGE 0-17"; "report victimAge" is "Report: victim's age". */
    static String of(String field) {
        if (field.startsWith("cells ")) {
            return "Count " + field.substring("cells ".length());
        }
        if (field.startsWith("report ")) {
            var inner = field.substring("report ".length());
            return "Report: " + NAMES.getOrDefault(inner, inner);
        }
        return NAMES.getOrDefault(field, field);
    }
}
