package uk.nciistats.dataimport.spreadsheet;

import java.time.Instant;

/**
 * A mapping as listed: its name, whether it ships with the product (read-only), its version (0 for
 * a built-in one), who saved it last and when.
 */
public record MappingSummary(String name, boolean builtIn, int version, String updatedBy, Instant updatedAt) {
}
