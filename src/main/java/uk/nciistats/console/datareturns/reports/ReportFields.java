package uk.nciistats.console.datareturns.reports;

import uk.nciistats.returns.Outcome;
import uk.nciistats.returns.Platform;
import uk.nciistats.returns.ReportDetails;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A report's fields as text, for comparing two versions of it, and a report taken field by field from two. */
final class ReportFields {
    static final Map<String, String> LABELS = labels();

    private ReportFields() {
    }

    static Map<String, String> of(ReportDetails d) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("reportedOn", d.reportedOn() == null ? "" : d.reportedOn().toString());
        fields.put("victimAge", d.victimAge() == null ? "" : d.victimAge().toString());
        fields.put("victimGender", d.victimGender() == null ? "UNKNOWN" : d.victimGender().name());
        fields.put("platforms", d.platforms() == null ? "" : d.platforms().stream().sorted().map(Enum::name)
                .collect(Collectors.joining(", ")));
        fields.put("outcome", d.outcome() == null ? "" : d.outcome().name());
        fields.put("homeOfficeOutcome", d.homeOfficeOutcome() == null ? "" : d.homeOfficeOutcome().toString());
        return fields;
    }

    /** {@code stored} with the user's value of each field in {@code mine}. */
    static ReportDetails merge(ReportDetails stored, ReportDetails mine, Set<String> fromMine) {
        LocalDate on = fromMine.contains("reportedOn") ? mine.reportedOn() : stored.reportedOn();
        Integer age = fromMine.contains("victimAge") ? mine.victimAge() : stored.victimAge();
        var gender = fromMine.contains("victimGender") ? mine.victimGender() : stored.victimGender();
        Set<Platform> platforms = fromMine.contains("platforms") ? mine.platforms() : stored.platforms();
        Integer type = fromMine.contains("homeOfficeOutcome") ? mine.homeOfficeOutcome() : stored.homeOfficeOutcome();
        Outcome outcome = fromMine.contains("outcome") ? mine.outcome() : stored.outcome();
        if (type != null) { // the type decides the outcome
            outcome = Outcome.ofHomeOfficeType(type).orElse(outcome);
        }
        return new ReportDetails(on, age, gender, platforms == null ? EnumSet.noneOf(Platform.class) : platforms, outcome, type);
    }

    private static Map<String, String> labels() {
        var labels = new LinkedHashMap<String, String>();
        labels.put("reportedOn", "Reported on");
        labels.put("victimAge", "Victim's age");
        labels.put("victimGender", "Victim's gender");
        labels.put("platforms", "Platforms");
        labels.put("outcome", "Outcome");
        labels.put("homeOfficeOutcome", "Home Office outcome type");
        return labels;
    }
}
