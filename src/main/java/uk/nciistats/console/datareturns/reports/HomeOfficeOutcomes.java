package uk.nciistats.console.datareturns.reports;

import uk.nciistats.console.datareturns.CategoryNames;
import uk.nciistats.returns.HomeOfficeOutcome;

/** How the entry form writes a Home Office outcome type under its field: its title and the outcome it maps to. */
final class HomeOfficeOutcomes {
    private HomeOfficeOutcomes() {
    }

    /** "15 – Evidential difficulties … → No further action"; empty for no type or one outside 0–22. */
    static String label(Integer type) {
        return type == null ? "" : HomeOfficeOutcome.of(type)
                .map(o -> type + " – " + o.title() + " → " + CategoryNames.of(o.outcome())).orElse("");
    }
}
