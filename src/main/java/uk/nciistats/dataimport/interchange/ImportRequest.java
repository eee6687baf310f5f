package uk.nciistats.dataimport.interchange;

/**
 * The three interchange files of one import (each may be null: not given) and how to treat them:
 * {@code dryRun} checks everything and stores nothing; {@code replace} lets a return of returns.csv
 * replace the stored return with the same reference (otherwise that is an error).
 */
public record ImportRequest(CsvSource returns, CsvSource reports, CsvSource counts,
                            boolean dryRun, boolean replace) {
}
