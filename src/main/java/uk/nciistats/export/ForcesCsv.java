package uk.nciistats.export;

import uk.nciistats.infrastructure.CsvWriter;
import uk.nciistats.reference.Force;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Forces as CSV: reference data, for anyone signed in. */
public final class ForcesCsv {
    static final List<String> HEADER = List.of("code", "name", "short_name", "country", "region");

    private ForcesCsv() {
    }

    public static void write(List<Force> forces, OutputStream out) throws IOException {
        var csv = new CsvWriter(out);
        csv.row(HEADER);
        for (var f : forces) {
            csv.row(List.of(f.code(), f.name(), f.shortName(), f.country(), f.region()));
        }
        csv.flush();
    }
}
