package uk.nciistats.dataimport.spreadsheet;

import java.util.List;

/** One spreadsheet row as it will be imported, in words, with everything wrong with it. */
public record PreviewRow(int row, String returnRef, String force, String reportedOn, String age, String gender,
                         String platforms, String outcome, List<String> problems) {
    public PreviewRow {
        problems = List.copyOf(problems);
    }

    public PreviewRow withProblem(String problem) {
        var more = new java.util.ArrayList<>(problems);
        more.add(problem);
        return new PreviewRow(row, returnRef, force, reportedOn, age, gender, platforms, outcome, more);
    }
}
