package uk.nciistats.dataimport.interchange;

/**
 * One problem: file ("returns.csv"...), 1-based line number of the CSV file (header = line 1; 0
 * when the problem is about the whole file), column name (or "" when none), rule broken (short
 * stable identifier, e.g. "unknown-force", "bad-date", "age-range", "unknown-return-ref",
 * "unclosed-quote", "wrong-header", "overlapping-period", "ref-exists"), and a plain-English message.
 */
public record ImportProblem(String file, long line, String column, String rule, String message) {
}
