package uk.nciistats.dataimport.spreadsheet;

import java.util.List;

/**
 * A spreadsheet read through a mapping: the returns it fills, every row as it will be imported,
 * the values no mapping covers, every other problem, warnings about how it was read (they never stop
 * it), and the interchange files to hand to the import. It may be imported only when it is
 * {@link #ready()}.
 */
public record Translation(List<PlannedReturn> returns, List<PreviewRow> rows, List<UnmappedValue> unmapped,
                          List<RowProblem> problems, List<PreviewWarning> warnings, int emptyRowsSkipped,
                          TranslatedFile returnsFile, TranslatedFile reportsFile, TranslatedFile countsFile) {
    public Translation {
        returns = List.copyOf(returns);
        warnings = List.copyOf(warnings);
        rows = List.copyOf(rows);
        unmapped = List.copyOf(unmapped);
        problems = List.copyOf(problems);
    }

    /** Nothing unmapped and no problem: the files may go to the import. */
    public boolean ready() {
        return unmapped.isEmpty() && problems.isEmpty();
    }

    /** The file of this name ("returns.csv", "reports.csv", "counts.csv"). */
    public TranslatedFile file(String name) {
        return switch (name) {
            case "returns.csv" -> returnsFile;
            case "reports.csv" -> reportsFile;
            case "counts.csv" -> countsFile;
            default -> throw new IllegalArgumentException("no interchange file " + name);
        };
    }

    /** The spreadsheet rows behind a line of an interchange file; none for another file or line. */
    public List<Integer> sourceRowsOf(String file, long line) {
        return switch (file) {
            case "returns.csv", "reports.csv", "counts.csv" -> file(file).sourceRowsOf(line);
            default -> List.of();
        };
    }

    public long reportCount() {
        return reportsFile.lines().size();
    }
}
