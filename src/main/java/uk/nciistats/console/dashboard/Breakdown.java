package uk.nciistats.console.dashboard;

import uk.nciistats.cohort.Dimension;
import uk.nciistats.export.CohortTable;

import java.util.function.Function;

/** The dashboard's charts: reports grouped by one dimension each. */
public enum Breakdown {
    FORCE(Dimension.FORCE, "Reports by force", "Force", CohortTable.Row::forceName),
    AGE_BAND(Dimension.AGE_BAND, "Reports by age of the victim", "Age band",
            r -> "UNKNOWN".equals(r.ageBand()) ? "Age not known" : r.ageBand()),
    OUTCOME(Dimension.OUTCOME, "Reports by outcome", "Outcome", r -> words(r.outcome())),
    PLATFORM(Dimension.PLATFORM, "Reports by platform named", "Platform", r -> platform(r.platform())),
    YEAR(Dimension.YEAR, "Reports by year", "Year", CohortTable.Row::period);

    private final Dimension dimension;
    private final String title;
    private final String keyHeader;
    private final Function<CohortTable.Row, String> label;

    Breakdown(Dimension dimension, String title, String keyHeader, Function<CohortTable.Row, String> label) {
        this.dimension = dimension;
        this.title = title;
        this.keyHeader = keyHeader;
        this.label = label;
    }

    public Dimension dimension() {
        return dimension;
    }

    public String title() {
        return title;
    }

    /** The header of the table's first column. */
    public String keyHeader() {
        return keyHeader;
    }

    /** What a row of this breakdown is called on the chart and in the table. */
    public String label(CohortTable.Row row) {
        return label.apply(row);
    }

    /** The key of a row as the export writes it, e.g. {@code E23000032}, {@code 0-17}, {@code NO_FURTHER_ACTION}. */
    public String key(CohortTable.Row row) {
        return switch (dimension) {
            case FORCE -> row.forceCode();
            case AGE_BAND -> row.ageBand();
            case OUTCOME -> row.outcome();
            case PLATFORM -> row.platform();
            default -> row.period();
        };
    }

    /** The id stem of this chart's components, e.g. {@code age-band}. */
    public String id() {
        return name().toLowerCase().replace('_', '-');
    }

    private static String platform(String constant) {
        return switch (constant) {
            case "TWITTER" -> "Twitter / X";
            case "WHATSAPP" -> "WhatsApp";
            case "NONE" -> "No platform named";
            default -> words(constant);
        };
    }

    /** {@code NO_FURTHER_ACTION} as "No further action". */
    static String words(String constant) {
        if (constant == null) {
            return "";
        }
        var text = constant.replace('_', ' ').toLowerCase();
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
