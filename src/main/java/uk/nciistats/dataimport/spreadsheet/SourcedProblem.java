package uk.nciistats.dataimport.spreadsheet;

import uk.nciistats.dataimport.interchange.ImportProblem;

import java.util.List;

/** A problem the import found in the interchange files, with the spreadsheet rows behind its line. */
public record SourcedProblem(ImportProblem problem, List<Integer> rows) {

    /** In words, naming the spreadsheet rows where there are any. */
    public String describe() {
        var where = rows.isEmpty() ? problem.file() + (problem.line() > 0 ? " line " + problem.line() : "")
                : rows.size() == 1 ? "row " + rows.get(0)
                : "rows " + rows.get(0) + "–" + rows.get(rows.size() - 1) + " (" + rows.size() + " rows)";
        return where + (problem.column().isEmpty() ? "" : ", " + problem.column()) + ": " + problem.message()
                + " [" + problem.rule() + "]";
    }
}
