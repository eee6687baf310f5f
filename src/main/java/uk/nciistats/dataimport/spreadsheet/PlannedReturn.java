package uk.nciistats.dataimport.spreadsheet;

import uk.nciistats.returns.Granularity;

/**
 * A return the file fills: its reference, force, granularity, how many spreadsheet rows go into it,
 * whether it is new, and why it has the granularity it has.
 */
public record PlannedReturn(String ref, String forceCode, Granularity granularity, int rows, boolean isNew,
                            String why) {
}
