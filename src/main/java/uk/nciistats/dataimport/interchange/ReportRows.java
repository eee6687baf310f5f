package uk.nciistats.dataimport.interchange;

import uk.nciistats.returns.Gender;
import uk.nciistats.returns.Granularity;
import uk.nciistats.returns.Outcome;
import uk.nciistats.returns.Platform;
import uk.nciistats.returns.ReportDetails;
import uk.nciistats.returns.ReturnRules;
import uk.nciistats.returns.ReturnStatus;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * reports.csv, streamed: each row a report of a RECORDS return (of the same import, or stored),
 * checked by the rules every report keeps ({@link ReturnRules#checkReport}) against its return's
 * period and, while the import is storing, handed to the writer. Nothing of a row is kept.
 */
final class ReportRows {
    static final String FILE = "reports.csv";
    static final List<String> COLUMNS = List.of("return_ref", "reported_on", "victim_age", "victim_gender",
            "platforms", "outcome", "home_office_outcome");
    /** Columns a file may leave out: the Home Office outcome type, which the outcome then stands without. */
    static final java.util.Set<String> OPTIONAL = java.util.Set.of("home_office_outcome");
    private static final int REF = 0;
    private static final int DAY = 1;
    private static final int AGE = 2;
    private static final int GENDER = 3;
    private static final int PLATFORMS = 4;
    private static final int OUTCOME = 5;
    private static final int HOME_OFFICE_OUTCOME = 6;
    private static final Map<String, Integer> FIELDS = Map.of("reportedOn", DAY, "victimAge", AGE,
            "victimGender", GENDER, "outcome", OUTCOME, "homeOfficeOutcome", HOME_OFFICE_OUTCOME);
    private static final Values.Names<Gender> GENDERS = new Values.Names<>(Gender.class);
    private static final Values.Names<Outcome> OUTCOMES = new Values.Names<>(Outcome.class);
    private static final Values.Names<Platform> PLATFORM_NAMES = new Values.Names<>(Platform.class);
    private static final int PROGRESS_EVERY = 100_000;

    /** Where reports go while the import stores; its methods are called only then. */
    interface Writer {
        boolean storing();

        void write(ImportedReturn into, ReportDetails report, int platformBits) throws SQLException;
    }

    private final Function<String, ImportedReturn> returnOf;
    private final boolean allReturnsKnown;
    private final Writer writer;

    /**
     * {@code returnOf} finds the return a reference names (null: none); {@code allReturnsKnown} is
     * false when returns.csv could not be read, and a reference that names no return is then not
     * reported (it may name a row that could not be read).
     */
    ReportRows(Function<String, ImportedReturn> returnOf, boolean allReturnsKnown, Writer writer) {
        this.returnOf = returnOf;
        this.allReturnsKnown = allReturnsKnown;
        this.writer = writer;
    }

    void read(InterchangeFile file, ImportProgress progress) throws IOException, SQLException {
        String lastRef = null;
        ImportedReturn last = null;
        while (file.next()) {
            String ref = file.value(REF);
            var target = ref.equals(lastRef) ? last : returnOf.apply(ref);
            lastRef = ref;
            last = target;
            if (takesReports(file, ref, target)) {
                readReport(file, target);
            }
            if (file.rows() % PROGRESS_EVERY == 0) {
                progress.progress(stage(), FILE, file.rows());
            }
        }
        progress.progress(stage(), FILE, file.rows());
    }

    private String stage() {
        return writer.storing() ? "storing" : "checking";
    }

    private boolean takesReports(InterchangeFile file, String ref, ImportedReturn target) {
        if (target == null) {
            if (ref.isEmpty()) {
                file.problem(REF, "required", "a report needs the return_ref of its return");
            } else if (allReturnsKnown) {
                file.problem(REF, "unknown-return-ref", "no return '" + ref + "' in returns.csv or stored:"
                        + " a report belongs to a RECORDS return");
            }
            return false;
        }
        if (target.granularity() == Granularity.AGGREGATE) {
            file.problem(REF, "not-records", target.described() + " is AGGREGATE: it publishes cells in counts.csv,"
                    + " not reports");
            return false;
        }
        if (!target.isNew() && target.stored.status() == ReturnStatus.PUBLISHED) {
            file.problem(REF, "published", "return '" + ref + "' is PUBLISHED and cannot change: an ADMIN must set"
                    + " it back to DRAFT first");
            return false;
        }
        return target.granularity() != null;
    }

    private void readReport(InterchangeFile file, ImportedReturn target) throws SQLException {
        var day = file.date(DAY);
        var age = file.wholeNumber(AGE, "a whole number of years (0–120; leave it empty when not known)");
        var gender = file.constant(GENDER, GENDERS, "gender");
        int platforms = platformsOf(file);
        var homeOfficeType = file.wholeNumber(HOME_OFFICE_OUTCOME, "a Home Office outcome type (0–22; leave it empty"
                + " when not known)");
        Outcome outcome = null;
        if (file.value(OUTCOME).isEmpty()) {
            if (homeOfficeType == null && file.readable(HOME_OFFICE_OUTCOME)) {
                file.unreadable(OUTCOME, "required", "a report needs its outcome (UNKNOWN when not known)");
            }
        } else {
            outcome = file.constant(OUTCOME, OUTCOMES, "outcome");
        }
        var report = new ReportDetails(day, age, gender == null ? Gender.UNKNOWN : gender, null, outcome, homeOfficeType);
        var broken = target.hasPeriod()
                ? ReturnRules.checkReport(report, target.periodStart(), target.periodEnd(), "")
                : ReturnRules.checkReport(report, null, null, "");
        for (var p : broken) {
            int column = FIELDS.getOrDefault(p.field(), OUTCOME);
            if (file.readable(column)) {
                file.problem(column, p.rule(), p.message());
            }
        }
        target.reports++;
        if (writer.storing() && target.valid) {
            writer.write(target, report, platforms);
        }
    }

    /** The platform bits of the row (a ;-separated set; empty: none). */
    private static int platformsOf(InterchangeFile file) {
        String text = file.value(PLATFORMS);
        if (text.isEmpty()) {
            return 0;
        }
        int bits = 0;
        for (String name : text.split(";")) {
            String trimmed = name.trim();
            if (!trimmed.isEmpty()) {
                var platform = file.constant(PLATFORMS, trimmed, PLATFORM_NAMES, "platform");
                if (platform == null) {
                    return 0;
                }
                bits |= platform.bit();
            }
        }
        return bits;
    }
}
