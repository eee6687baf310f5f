package uk.nciistats.console.datareturns.reports;

import uk.nciistats.console.datareturns.CategoryNames;
import uk.nciistats.returns.Outcome;


/**
 * The Home Office outcome types 0–22 as a data-entry person knows them, each with the outcome the
 * contract maps it to ({@link Outcome#ofHomeOfficeType}).
 */
final class HomeOfficeOutcomes {
    private static final String[] TITLES = {
        "Not yet assigned (under investigation)",
        "Charged / summonsed",
        "Caution – youths",
        "Caution – adults",
        "Taken into consideration",
        "Offender has died",
        "Penalty notice for disorder",
        "Cannabis / khat warning",
        "Community resolution",
        "Prosecution not in the public interest (CPS)",
        "Formal action not in the public interest (police)",
        "Prosecution prevented – suspect under age",
        "Prosecution prevented – suspect too ill",
        "Prosecution prevented – victim or key witness dead or too ill",
        "Evidential difficulties – suspect not identified; victim does not support action",
        "Evidential difficulties – suspect identified; victim supports action",
        "Evidential difficulties – victim does not support action",
        "Prosecution time limit expired",
        "Investigation complete – no suspect identified",
        "Outcome type 19",
        "Action undertaken by another body or agency",
        "Further investigation not in the public interest (police)",
        "Diversionary, educational or intervention activity",
    };

    private HomeOfficeOutcomes() {
    }

    /** "15 – Evidential difficulties … (No further action)". */
    static String label(Integer type) {
        if (type == null || type < 0 || type >= TITLES.length) {
            return "";
        }
        return type + " – " + TITLES[type] + " → " + Outcome.ofHomeOfficeType(type).map(CategoryNames::of).orElse("");
    }
}
