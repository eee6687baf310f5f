package uk.nciistats.console.dashboard;

import uk.nciistats.cohort.Coverage;
import uk.nciistats.export.CohortTable;

import java.util.List;

/**
 * One chart's answer: the cohort rows as the exports write them, the notes that explain its ranges
 * (the coverage note left out: the dashboard shows coverage once, above every chart) and the
 * question's coverage; {@code labels} name the rows, in their order, as the chart and the table show them.
 */
public record Figures(Breakdown breakdown, CohortTable table, List<String> labels, List<String> notes,
                      Coverage coverage) {
}
