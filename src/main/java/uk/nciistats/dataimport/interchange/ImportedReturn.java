package uk.nciistats.dataimport.interchange;

import uk.nciistats.returns.CountCell;
import uk.nciistats.returns.DataReturn;
import uk.nciistats.returns.Granularity;
import uk.nciistats.returns.PublishedCells;
import uk.nciistats.returns.ReturnDetails;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A return an import fills: a new one from returns.csv (perhaps replacing the stored return with
 * its reference), or a stored one that reports.csv adds reports to. Collects what the other files
 * hold for it as they are read.
 */
final class ImportedReturn {
    /** More cells than any consistent return can have (each category once). */
    static final int MAX_CELLS = 200;

    final String ref;
    /** Its line in returns.csv; 0 for a stored return. */
    final long line;
    final ReturnDetails details;
    /** The offence it counts; null when its row did not say enough to tell. */
    final String offenceCode;
    /** Whether its row in returns.csv broke no rule (a stored return: always). */
    final boolean valid;
    /** A stored return: itself. A new one: the stored return it replaces, or null. */
    final DataReturn stored;

    /** Its id once stored (a stored return: its own). */
    long id;
    long reports;
    final List<PublishedCells.Input> cellInputs = new ArrayList<>();
    final List<Long> cellLines = new ArrayList<>();
    List<CountCell> cells = List.of();
    int cellTotal;

    private ImportedReturn(String ref, long line, ReturnDetails details, String offenceCode, boolean valid, DataReturn stored) {
        this.ref = ref;
        this.line = line;
        this.details = details;
        this.offenceCode = offenceCode;
        this.valid = valid;
        this.stored = stored;
        this.id = stored != null && line == 0 ? stored.id() : 0;
    }

    static ImportedReturn fromFile(long line, ReturnDetails details, String offenceCode, boolean valid) {
        return new ImportedReturn(details.ref(), line, details, offenceCode, valid, null);
    }

    ImportedReturn replacing(DataReturn replaced) {
        return new ImportedReturn(ref, line, details, offenceCode, valid, replaced);
    }

    static ImportedReturn stored(DataReturn r) {
        var details = new ReturnDetails(r.ref(), r.forceCode(), r.offenceCode(), r.periodStart(), r.periodEnd(),
                r.granularity(), r.source(), r.receivedOn());
        return new ImportedReturn(r.ref(), 0, details, r.offenceCode(), true, r);
    }

    boolean isNew() {
        return line > 0;
    }

    boolean replaces() {
        return isNew() && stored != null;
    }

    Granularity granularity() {
        return details.granularity();
    }

    LocalDate periodStart() {
        return details.periodStart();
    }

    LocalDate periodEnd() {
        return details.periodEnd();
    }

    /** Whether its period is known and in order, so that dates can be checked against it. */
    boolean hasPeriod() {
        return periodStart() != null && periodEnd() != null && !periodEnd().isBefore(periodStart());
    }

    /** What it was reported as in messages: "return 'KENT-2016' (returns.csv line 4)". */
    String described() {
        return "return '" + ref + "'" + (isNew() ? " (returns.csv line " + line + ")" : "");
    }
}
