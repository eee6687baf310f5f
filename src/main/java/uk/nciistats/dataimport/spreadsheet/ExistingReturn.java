package uk.nciistats.dataimport.spreadsheet;

import uk.nciistats.returns.Granularity;

import java.time.LocalDate;

/** A stored return a file fills, instead of new returns made from the mapping's defaults. */
public record ExistingReturn(String ref, String forceCode, LocalDate periodStart, LocalDate periodEnd,
                             Granularity granularity) {
}
