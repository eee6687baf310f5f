package uk.nciistats.dataimport.interchange;

import uk.nciistats.audit.AuditLog;
import uk.nciistats.infrastructure.Database;
import uk.nciistats.reference.ReferenceCatalog;
import uk.nciistats.returns.DataReturn;
import uk.nciistats.returns.Granularity;
import uk.nciistats.returns.ReportDetails;
import uk.nciistats.returns.ReturnRules;
import uk.nciistats.returns.ReturnRepository;
import uk.nciistats.returns.ReturnStatus;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One import, inside the transaction its service opened: reads and checks returns.csv, checks its
 * returns against the stored ones, stores them, then streams reports.csv (each report checked
 * against its return and written in chunks), then reads counts.csv (each AGGREGATE return's cells
 * checked for consistency). Every problem is collected; the first one stops the writing, not the
 * checking, and the service then rolls everything back.
 */
final class ImportRun implements ReportRows.Writer {
    private final ImportRequest request;
    private final ImportProgress progress;
    private final String actor;
    private final Instant now;
    private final ReferenceCatalog catalog;
    private final ReturnRepository returns;
    private final AuditLog audit;
    private final Connection connection;
    private final Database.Kind kind;
    private final Problems problems;

    /** The returns of returns.csv by reference, in file order. */
    private Map<String, ImportedReturn> incoming = new LinkedHashMap<>();
    /** Whether returns.csv was read to its end (or not given). */
    private boolean allReturnsRead = true;
    /** Stored returns that the files name, by reference; empty when none is stored. */
    private final Map<String, Optional<ImportedReturn>> stored = new HashMap<>();
    private final Map<Long, Map<String, Object>> replacedSnapshots = new HashMap<>();
    private ImportStore store;
    private long returnRows;
    private long reportRows;
    private long countRows;

    ImportRun(ImportRequest request, ImportProgress progress, String actor, Instant now, ReferenceCatalog catalog,
              ReturnRepository returns, AuditLog audit, Connection connection, Database.Kind kind, Problems problems) {
        this.request = request;
        this.progress = progress;
        this.actor = actor;
        this.now = now;
        this.catalog = catalog;
        this.returns = returns;
        this.audit = audit;
        this.connection = connection;
        this.kind = kind;
        this.problems = problems;
    }

    /** Runs the import; the report says whether it stored everything (the caller then commits) or nothing. */
    ImportReport run() throws IOException, SQLException {
        if (request.returns() == null && request.reports() == null && request.counts() == null) {
            problems.add("", 0, "", "nothing-to-import", "no file was given: an import reads returns.csv,"
                    + " reports.csv and counts.csv");
        }
        incoming = new ReturnConflicts(returns, problems).check(readReturns(), request.replace());
        if (!request.dryRun() && !problems.any()) {
            store = new ImportStore(connection, kind);
            storeReturns();
        }
        try {
            readReports();
            readCounts();
            if (storing()) {
                finish();
            }
        } finally {
            if (store != null) {
                store.close();
            }
        }
        return new ImportReport(request.dryRun(), storing(), Math.toIntExact(returnRows), reportRows, countRows,
                List.copyOf(incoming.keySet()), problems.listed(), problems.count());
    }

    /** Whether rows are being written: not a dry run, and no problem so far. */
    @Override
    public boolean storing() {
        return store != null && !problems.any();
    }

    @Override
    public void write(ImportedReturn into, ReportDetails report, int platformBits) throws SQLException {
        store.addReport(into.id, report.reportedOn(), report.victimAge(), report.victimGender(), platformBits,
                ReturnRules.outcomeOf(report), report.homeOfficeOutcome());
    }

    /** The returns of returns.csv in file order (none when it is not given or unreadable). */
    private List<ImportedReturn> readReturns() throws IOException {
        try (var file = InterchangeFile.open(ReturnRows.FILE, request.returns(), ReturnRows.COLUMNS, problems)) {
            if (file == null) {
                allReturnsRead = request.returns() == null;
                return List.of();
            }
            var read = new ReturnRows(catalog).read(file, progress);
            returnRows = file.rows();
            allReturnsRead = file.complete();
            return read;
        }
    }

    /**
     * Deletes the returns being replaced, then stores the new ones (their totals come at the end).
     * Each replaced return is locked and checked again first: another change may have published or
     * deleted it since {@link ReturnConflicts} looked, without a lock. Then nothing is stored.
     */
    private void storeReturns() throws SQLException {
        for (var r : incoming.values()) {
            if (!r.replaces()) {
                continue;
            }
            var old = returns.findForUpdate(r.stored.id());
            if (old.isEmpty()) {
                problems.add(ReturnRows.FILE, r.line, "return_ref", "not-stored", "return '" + r.ref + "', which this"
                        + " import replaces, was deleted by another change while the import ran: try again");
            } else if (old.get().status() == ReturnStatus.PUBLISHED) {
                problems.add(ReturnRows.FILE, r.line, "return_ref", "published", "return '" + r.ref + "' was PUBLISHED"
                        + " while the import ran and cannot be replaced: an ADMIN must set it back to DRAFT first");
            } else if (storing()) {
                replacedSnapshots.put(old.get().id(), old.get().snapshot());
                returns.remove(old.get());
            }
        }
        if (!storing()) {
            return;
        }
        returns.flush();
        for (var r : incoming.values()) {
            r.id = store.insertReturn(r, actor, now);
        }
    }

    private void readReports() throws IOException, SQLException {
        try (var file = InterchangeFile.open(ReportRows.FILE, request.reports(), ReportRows.COLUMNS,
                ReportRows.OPTIONAL, problems)) {
            if (file != null) {
                new ReportRows(this::returnNamed, allReturnsRead, this).read(file, progress);
                reportRows = file.rows();
                if (storing()) {
                    store.flushReports();
                }
            }
        }
    }

    private void readCounts() throws IOException {
        boolean allCellsRead = request.counts() == null;
        var cells = new CellRows(incoming, ref -> storedReturn(ref).isPresent(), allReturnsRead, problems);
        try (var file = InterchangeFile.open(CellRows.FILE, request.counts(), CellRows.COLUMNS, problems)) {
            if (file != null) {
                cells.read(file);
                countRows = file.rows();
                allCellsRead = file.complete();
                progress.progress(storing() ? "storing" : "checking", CellRows.FILE, file.rows());
            }
        }
        if (allCellsRead) {
            cells.check(incoming.values());
        }
    }

    /** The return a reference of reports.csv names: one of returns.csv, else a stored one, else null. */
    private ImportedReturn returnNamed(String ref) {
        var r = incoming.get(ref);
        return r != null ? r : storedReturn(ref).orElse(null);
    }

    /** A stored return the files name, locked against other changes while this import stores. */
    private Optional<ImportedReturn> storedReturn(String ref) {
        return stored.computeIfAbsent(ref, k -> {
            var found = ref.isEmpty() ? Optional.<DataReturn>empty() : returns.findByRef(ref);
            if (found.isPresent() && store != null) {
                found = returns.findForUpdate(found.get().id());
            }
            return found.map(ImportedReturn::stored);
        });
    }

    /**
     * Everything checked and written: cells, totals, the stored returns reports were added to, the audit log
     * (a CREATE entry for each new return, so its history says who imported it, and one IMPORT entry).
     */
    private void finish() throws SQLException {
        for (var r : incoming.values()) {
            if (r.granularity() == Granularity.AGGREGATE) {
                store.insertCells(r.id, r.cells);
            }
            long total = r.granularity() == Granularity.AGGREGATE ? r.cellTotal : r.reports;
            if (total > 0) {
                store.setTotal(r.id, total);
            }
            if (r.replaces()) {
                var after = new LinkedHashMap<String, Object>();
                after.put("replacedBy", r.id);
                after.putAll(snapshotOf(r, total));
                audit.record(actor, "REPLACE", r.stored.id(), r.ref, replacedSnapshots.get(r.stored.id()), after, now);
            }
            // the return's own history starts with the import, as one entered by hand starts with its creation
            var created = new LinkedHashMap<String, Object>(snapshotOf(r, total));
            created.put("imported", true);
            if (r.replaces()) {
                created.put("replaces", r.stored.id());
            }
            audit.record(actor, "CREATE", r.id, r.ref, null, created, now);
        }
        var extended = new LinkedHashMap<String, Long>();
        for (var s : stored.values()) {
            if (s.isPresent() && s.get().reports > 0) {
                var r = s.get();
                var before = r.stored.snapshot();
                r.stored.recordReports(Math.toIntExact(r.reports), actor, now);
                returns.flush();
                var after = new LinkedHashMap<String, Object>(r.stored.snapshot());
                after.put("reportsAdded", r.reports);
                audit.record(actor, "ADD_REPORTS", r.id, r.ref, before, after, now);
                extended.put(r.ref, r.reports);
            }
        }
        audit.record(actor, "IMPORT", null, null, null, summary(extended), now);
        returns.flush();
    }

    /** A new return as the audit log keeps it (the shape of {@link DataReturn#snapshot()}). */
    private static Map<String, Object> snapshotOf(ImportedReturn r, long total) {
        var d = r.details;
        var s = new LinkedHashMap<String, Object>();
        s.put("ref", r.ref);
        s.put("forceCode", d.forceCode());
        s.put("offenceCode", r.offenceCode);
        s.put("periodStart", String.valueOf(d.periodStart()));
        s.put("periodEnd", String.valueOf(d.periodEnd()));
        s.put("granularity", String.valueOf(d.granularity()));
        s.put("source", d.source());
        s.put("receivedOn", d.receivedOn() == null ? null : d.receivedOn().toString());
        s.put("status", ReturnStatus.DRAFT.name());
        s.put("version", 1);
        s.put("total", total);
        return s;
    }

    /** The import's audit entry: how many rows of each file, and which returns ({@link ImportSummary}). */
    private Map<String, Object> summary(Map<String, Long> extended) {
        var ids = new LinkedHashMap<String, Long>();
        incoming.values().forEach(r -> ids.put(r.ref, r.id));
        var replaced = incoming.values().stream().filter(ImportedReturn::replaces).map(r -> r.ref).toList();
        return new ImportSummary(returnRows, reportRows, countRows)
                .map("returnIds", ids, "returnsNotListed")
                .list("replaced", replaced, "replacedNotListed")
                .map("reportsAddedToStoredReturns", extended, "storedReturnsNotListed")
                .toMap();
    }
}
