package uk.nciistats.dataimport.spreadsheet;

import uk.nciistats.reference.Country;
import uk.nciistats.reference.Force;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The 43 forces exactly as the reference data migration seeds them. */
final class KnownForces {
    private static final Pattern ROW = Pattern.compile(
            "\\('([EW]\\d{8})', '([^']*)', '([^']*)', '(ENGLAND|WALES)', '([^']*)'\\)");
    static final List<Force> ALL = read();

    private KnownForces() {
    }

    private static List<Force> read() {
        try {
            var sql = Files.readString(Path.of("src/main/resources/db/migration/V2__reference_data.sql"));
            var forces = new ArrayList<Force>();
            var m = ROW.matcher(sql);
            while (m.find()) {
                forces.add(new Force(m.group(1), m.group(2), m.group(3), Country.valueOf(m.group(4)), m.group(5)));
            }
            return List.copyOf(forces);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
