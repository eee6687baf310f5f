package uk.nciistats.export;

import uk.nciistats.cohort.Dimension;
import uk.nciistats.infrastructure.CsvWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.util.stream.Collectors;

/**
 * A cohort table as CSV: the header of its columns, then one line per row. Written the same way
 * for {@code /api/export/cohort.csv} and for the console's "Download CSV", so both give the same
 * bytes for the same question.
 */
public final class CohortCsv {
    private CohortCsv() {
    }

    public static void write(CohortTable table, OutputStream out) throws IOException {
        var columns = table.columns();
        var csv = new CsvWriter(out);
        csv.row(columns.stream().map(CohortTable.Column::name).toList());
        for (var row : table.rows()) {
            csv.row(columns.stream().map(c -> c.value().apply(row)).toList());
        }
        csv.flush();
    }

    /** The file name a download of this table gets, e.g. {@code ncii-cohort-force-age-band.csv}. */
    public static String fileName(CohortTable table) {
        return "ncii-cohort" + table.groupBy().stream().map(Dimension::name)
                .map(n -> "-" + n.toLowerCase().replace('_', '-')).collect(Collectors.joining()) + ".csv";
    }
}
