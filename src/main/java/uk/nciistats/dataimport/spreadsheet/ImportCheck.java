package uk.nciistats.dataimport.spreadsheet;

import uk.nciistats.dataimport.interchange.ImportReport;

import java.util.List;

/**
 * What the import says of a translated spreadsheet: its report (of a dry run, or of the real
 * import) and its problems traced back to the spreadsheet rows.
 */
public record ImportCheck(ImportReport report, List<SourcedProblem> problems) {
    public ImportCheck {
        problems = List.copyOf(problems);
    }

    public boolean passed() {
        return report != null && report.problems().isEmpty();
    }
}
