package uk.nciistats.dataimport.interchange;

import uk.nciistats.reference.Offence;
import uk.nciistats.reference.ReferenceCatalog;
import uk.nciistats.returns.Granularity;
import uk.nciistats.returns.ReturnDetails;
import uk.nciistats.returns.ReturnRules;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** returns.csv: each row a return, checked by the rules every return keeps ({@link ReturnRules}). */
final class ReturnRows {
    static final String FILE = "returns.csv";
    static final List<String> COLUMNS = List.of("return_ref", "force_code", "period_start", "period_end",
            "granularity", "source", "received_on");
    private static final int REF = 0;
    private static final int FORCE = 1;
    private static final int START = 2;
    private static final int END = 3;
    private static final int GRANULARITY = 4;
    private static final int SOURCE = 5;
    private static final int RECEIVED = 6;
    /** The columns that the fields of a return's rules stand for (the offence follows from the period). */
    private static final Map<String, Integer> FIELDS = Map.of("ref", REF, "forceCode", FORCE, "periodStart", START,
            "periodEnd", END, "granularity", GRANULARITY, "source", SOURCE, "receivedOn", RECEIVED, "offenceCode", START);
    private static final Values.Names<Granularity> GRANULARITIES = new Values.Names<>(Granularity.class);
    private static final int PROGRESS_EVERY = 100_000;

    private final ReferenceCatalog catalog;

    ReturnRows(ReferenceCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The returns of the file, in file order, each row that gives a reference; a reference given
     * twice is {@link ReturnConflicts}' to report, with the other clashes between returns.
     */
    List<ImportedReturn> read(InterchangeFile file, ImportProgress progress) throws IOException {
        var returns = new ArrayList<ImportedReturn>();
        while (file.next()) {
            var r = returnOf(file);
            if (r != null) {
                returns.add(r);
            }
            if (file.rows() % PROGRESS_EVERY == 0) {
                progress.progress("checking", FILE, file.rows());
            }
        }
        progress.progress("checking", FILE, file.rows());
        return returns;
    }

    /** The return a row describes, every broken rule reported; null when it has no reference. */
    private ImportedReturn returnOf(InterchangeFile file) {
        var start = file.date(START);
        var end = file.date(END);
        var details = new ReturnDetails(file.value(REF), file.value(FORCE), null, start, end,
                file.constant(GRANULARITY, GRANULARITIES, "granularity"), file.value(SOURCE), file.date(RECEIVED));
        var broken = ReturnRules.checkDetails(details, catalog, "");
        boolean valid = broken.isEmpty();
        for (var p : broken) {
            int column = FIELDS.getOrDefault(p.field(), REF);
            if (file.readable(column)) {
                file.problem(column, p.rule(), p.message());
            }
        }
        for (int c = 0; c < COLUMNS.size(); c++) {
            valid &= file.readable(c);
        }
        if (details.ref().isEmpty()) {
            return null;
        }
        String offence = start != null && end != null && !end.isBefore(start)
                ? ReturnRules.offenceOf(details, catalog).map(Offence::code).orElse(null) : null;
        return ImportedReturn.fromFile(file.line(), details, offence, valid);
    }
}
