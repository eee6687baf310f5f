package uk.nciistats.dataimport.interchange;

import java.util.List;

/**
 * What an import stored, or would store (dryRun), or why it stored nothing (problems non-empty).
 * {@code returns}, {@code reports} and {@code counts} are the data rows of each file;
 * {@code returnRefs} the references of returns.csv; {@code problems} at most
 * {@link ImportService#MAX_LISTED_PROBLEMS} of them, {@code problemCount} all of them.
 */
public record ImportReport(boolean dryRun, boolean stored, int returns, long reports, long counts,
                           List<String> returnRefs,
                           List<ImportProblem> problems, long problemCount) {
}
