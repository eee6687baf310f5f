package uk.nciistats.imports;

import uk.nciistats.audit.AuditLog;
import uk.nciistats.errors.ValidationException.Problem;
import uk.nciistats.platform.Database;
import uk.nciistats.reference.Offence;
import uk.nciistats.reference.ReferenceCatalog;
import uk.nciistats.returns.DataReturn;
import uk.nciistats.returns.Gender;
import uk.nciistats.returns.Granularity;
import uk.nciistats.returns.Outcome;
import uk.nciistats.returns.Platform;
import uk.nciistats.returns.PublishedCells;
import uk.nciistats.returns.ReportDetails;
import uk.nciistats.returns.ReturnDetails;
import uk.nciistats.returns.ReturnRepository;
import uk.nciistats.returns.ReturnRules;
import uk.nciistats.returns.ReturnStatus;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One import, inside the transaction its service opened: reads returns.csv, checks every return
 * against the rules of a return and against the stored ones, stores the returns, then streams
 * reports.csv (each report checked against its return and written in chunks), then counts.csv
 * (each AGGREGATE return's cells checked for consistency). Every problem is collected; the first
 * one stops the writing, but not the checking, and the service then rolls everything back.
 */
final class ImportRun {
    static final String RETURNS = "returns.csv";
    static final String REPORTS = "reports.csv";
    static final String COUNTS = "counts.csv";

    static final List<String> RETURN_COLUMNS = List.of("return_ref", "force_code", "period_start", "period_end",
            "granularity", "source", "received_on");
    private static final int REF = 0;
    private static final int FORCE = 1;
    private static final int START = 2;
    private static final int END = 3;
    private static final int GRANULARITY = 4;
    private static final int SOURCE = 5;
    private static final int RECEIVED = 6;
    /** The columns of returns.csv that the fields of a return's rules stand for. */
    private static final Map<String, Integer> RETURN_FIELDS = Map.of("ref", REF, "forceCode", FORCE,
            "periodStart", START, "periodEnd", END, "granularity", GRANULARITY, "source", SOURCE,
            "receivedOn", RECEIVED, "offenceCode", START);

    static final List<String> REPORT_COLUMNS = List.of("return_ref", "reported_on", "victim_age", "victim_gender",
            "platforms", "outcome");
    private static final int R_REF = 0;
    private static final int R_DAY = 1;
    private static final int R_AGE = 2;
    private static final int R_GENDER = 3;
    private static final int R_PLATFORMS = 4;
    private static final int R_OUTCOME = 5;
    private static final Map<String, Integer> REPORT_FIELDS = Map.of("reportedOn", R_DAY, "victimAge", R_AGE,
            "victimGender", R_GENDER, "outcome", R_OUTCOME);

    static final List<String> COUNT_COLUMNS = List.of("return_ref", "dimension", "category", "count");
    private static final int C_REF = 0;
    private static final int C_COUNT = 3;
    private static final Pattern CELL_REFERENCE = Pattern.compile("cells\\[(\\d+)]");

    private static final Values.Names<Granularity> GRANULARITIES = new Values.Names<>(Granularity.class);
    private static final Values.Names<Gender> GENDERS = new Values.Names<>(Gender.class);
    private static final Values.Names<Outcome> OUTCOMES = new Values.Names<>(Outcome.class);
    private static final Values.Names<Platform> PLATFORMS = new Values.Names<>(Platform.class);
    private static final int PROGRESS_EVERY = 100_000;
    /** The IN lists of one query stay far below PostgreSQL's limit on parameters. */
    private static final int REFS_PER_QUERY = 1_000;
    /** An audit entry names at most this many returns (the column holds a million characters). */
    private static final int MAX_AUDITED_REFS = 10_000;

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

    /** The returns of returns.csv by reference (the first row of each reference). */
    private final Map<String, ImportedReturn> incoming = new LinkedHashMap<>();
    /** Stored returns reports.csv names, by reference; empty when none is stored. */
    private final Map<String, Optional<ImportedReturn>> stored = new HashMap<>();
    private final Map<Long, Map<String, Object>> replacedSnapshots = new HashMap<>();
    private ImportStore store;
    private int returnRows;
    /** Whether returns.csv was read to its end (or not given): else a reference may name a row it could not read. */
    private boolean allReturnsRead = true;
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
        readReturns();
        checkAgainstStoredReturns();
        checkOverlapsWithinTheFile();
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
        return new ImportReport(request.dryRun(), storing(), returnRows, reportRows, countRows,
                List.copyOf(incoming.keySet()), problems.listed(), problems.count());
    }

    /** Whether rows are being written: not a dry run, and no problem so far. */
    private boolean storing() {
        return store != null && !problems.any();
    }

    private String stage() {
        return storing() ? "storing" : "checking";
    }

    // --- returns.csv ---

    private void readReturns() throws IOException {
        try (var file = InterchangeFile.open(RETURNS, request.returns(), RETURN_COLUMNS, problems)) {
            if (file == null) {
                allReturnsRead = request.returns() == null;
                return;
            }
            while (file.next()) {
                var r = returnOf(file);
                if (r == null) {
                    continue;
                }
                var first = incoming.get(r.ref);
                if (first != null) {
                    file.problem(REF, "duplicate-ref", "return_ref '" + r.ref + "' appears again (first on line "
                            + first.line + "): each return appears once in returns.csv");
                } else {
                    incoming.put(r.ref, r);
                }
                if (file.rows() % PROGRESS_EVERY == 0) {
                    progress.progress("checking", RETURNS, file.rows());
                }
            }
            returnRows = Math.toIntExact(file.rows());
            allReturnsRead = file.complete();
            progress.progress("checking", RETURNS, file.rows());
        }
    }

    /** The return a row of returns.csv describes, with every broken rule reported; null without a reference. */
    private ImportedReturn returnOf(InterchangeFile file) {
        var unreadable = new HashSet<Integer>();
        String ref = file.value(REF);
        String force = file.value(FORCE);
        var start = date(file, START, unreadable);
        var end = date(file, END, unreadable);
        var received = date(file, RECEIVED, unreadable);
        var granularity = enumValue(file, GRANULARITY, GRANULARITIES, "granularity", unreadable);
        var details = new ReturnDetails(ref, force, null, start, end, granularity, file.value(SOURCE), received);
        var broken = ReturnRules.checkDetails(details, catalog, "");
        for (var p : broken) {
            int column = RETURN_FIELDS.getOrDefault(p.field(), REF);
            if (!unreadable.contains(column)) {
                file.problem(column, p.rule(), p.message());
            }
        }
        if (ref.isEmpty()) {
            return null;
        }
        String offence = start != null && end != null && !end.isBefore(start)
                ? ReturnRules.offenceOf(details, catalog).map(Offence::code).orElse(null) : null;
        return ImportedReturn.fromFile(file.line(), details, offence, unreadable.isEmpty() && broken.isEmpty());
    }

    private void checkAgainstStoredReturns() {
        if (incoming.isEmpty()) {
            return;
        }
        var refs = new ArrayList<>(incoming.keySet());
        var byRef = new HashMap<String, DataReturn>();
        for (int i = 0; i < refs.size(); i += REFS_PER_QUERY) {
            byRef.putAll(returns.byRefs(refs.subList(i, Math.min(refs.size(), i + REFS_PER_QUERY))));
        }
        for (var r : List.copyOf(incoming.values())) {
            var existing = byRef.get(r.ref);
            if (existing == null) {
                continue;
            }
            if (!request.replace()) {
                problems.add(RETURNS, r.line, "return_ref", "ref-exists", "a return with reference '" + r.ref
                        + "' is stored already (" + existing.forceCode() + ", " + existing.periodStart() + ".."
                        + existing.periodEnd() + "): import with replace=true to replace it (its history stays in the"
                        + " audit log), or give this one another reference");
            } else if (existing.status() == ReturnStatus.PUBLISHED) {
                problems.add(RETURNS, r.line, "return_ref", "published", "return '" + r.ref + "' is PUBLISHED and"
                        + " cannot be replaced: an ADMIN must set it back to DRAFT first");
            } else {
                incoming.put(r.ref, r.replacing(existing));
            }
        }
        var replaced = new HashSet<Long>();
        incoming.values().stream().filter(ImportedReturn::replaces).forEach(r -> replaced.add(r.stored.id()));
        var forces = incoming.values().stream().filter(r -> r.offenceCode != null).map(r -> r.details.forceCode())
                .distinct().toList();
        var storedOfForces = returns.returnsOfForces(forces);
        for (var r : incoming.values()) {
            if (r.offenceCode == null) {
                continue;
            }
            for (var s : storedOfForces.getOrDefault(r.details.forceCode(), List.of())) {
                if (s.offenceCode().equals(r.offenceCode) && !replaced.contains(s.id()) && !s.ref().equals(r.ref)
                        && r.overlaps(s.periodStart(), s.periodEnd())) {
                    problems.add(RETURNS, r.line, "period_start", "overlapping-period", "the period "
                            + r.periodStart() + ".." + r.periodEnd() + " overlaps stored return '" + s.ref() + "' ("
                            + s.periodStart() + ".." + s.periodEnd() + ") of the same force and offence: its reports"
                            + " would count twice (to replace that return, import it under its own reference with"
                            + " replace=true)");
                }
            }
        }
    }

    private void checkOverlapsWithinTheFile() {
        var groups = new LinkedHashMap<String, List<ImportedReturn>>();
        for (var r : incoming.values()) {
            if (r.offenceCode != null) {
                groups.computeIfAbsent(r.details.forceCode() + "/" + r.offenceCode, k -> new ArrayList<>()).add(r);
            }
        }
        for (var group : groups.values()) {
            group.sort(Comparator.comparing(ImportedReturn::periodStart).thenComparing(r -> r.line));
            ImportedReturn reaching = null;
            for (var r : group) {
                if (reaching != null && !r.periodStart().isAfter(reaching.periodEnd())) {
                    problems.add(RETURNS, r.line, "period_start", "overlapping-period", "the period "
                            + r.periodStart() + ".." + r.periodEnd() + " overlaps " + reaching.described() + ", "
                            + reaching.periodStart() + ".." + reaching.periodEnd()
                            + ", of the same force and offence: its reports would count twice");
                }
                if (reaching == null || r.periodEnd().isAfter(reaching.periodEnd())) {
                    reaching = r;
                }
            }
        }
    }

    private void storeReturns() throws SQLException {
        for (var r : incoming.values()) {
            if (r.replaces()) {
                var old = returns.findForUpdate(r.stored.id()).orElseThrow();
                replacedSnapshots.put(old.id(), old.snapshot());
                returns.remove(old);
            }
        }
        returns.flush();
        for (var r : incoming.values()) {
            r.id = store.insertReturn(r, actor, now);
        }
    }

    // --- reports.csv ---

    private void readReports() throws IOException, SQLException {
        try (var file = InterchangeFile.open(REPORTS, request.reports(), REPORT_COLUMNS, problems)) {
            if (file == null) {
                return;
            }
            String lastRef = null;
            ImportedReturn last = null;
            while (file.next()) {
                String ref = file.value(R_REF);
                var target = ref.equals(lastRef) ? last : reportTarget(ref);
                lastRef = ref;
                last = target;
                if (takesReports(file, ref, target)) {
                    readReport(file, target);
                }
                if (file.rows() % PROGRESS_EVERY == 0) {
                    progress.progress(stage(), REPORTS, file.rows());
                }
            }
            reportRows = file.rows();
            if (storing()) {
                store.flushReports();
            }
            progress.progress(stage(), REPORTS, file.rows());
        }
    }

    private ImportedReturn reportTarget(String ref) {
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

    private boolean takesReports(InterchangeFile file, String ref, ImportedReturn target) {
        if (target == null && !allReturnsRead) {
            return false; // returns.csv could not be read: its problems say why, and this may be one of its returns
        }
        if (target == null) {
            file.problem(R_REF, ref.isEmpty() ? "required" : "unknown-return-ref", ref.isEmpty()
                    ? "a report needs the return_ref of its return"
                    : "no return '" + ref + "' in returns.csv or stored: a report belongs to a RECORDS return");
            return false;
        }
        if (target.granularity() == Granularity.AGGREGATE) {
            file.problem(R_REF, "not-records", target.described() + " is AGGREGATE: it publishes cells in counts.csv,"
                    + " not reports");
            return false;
        }
        if (!target.isNew() && target.stored.status() == ReturnStatus.PUBLISHED) {
            file.problem(R_REF, "published", "return '" + ref + "' is PUBLISHED and cannot change: an ADMIN must set"
                    + " it back to DRAFT first");
            return false;
        }
        return target.granularity() != null;
    }

    private void readReport(InterchangeFile file, ImportedReturn target) throws SQLException {
        int unreadable = 0;
        LocalDate day = null;
        String text = file.value(R_DAY);
        if (!text.isEmpty()) {
            day = Values.date(text);
            if (day == null) {
                unreadable |= 1 << R_DAY;
                badDate(file, R_DAY, text);
            }
        }
        Integer age = null;
        text = file.value(R_AGE);
        if (!text.isEmpty()) {
            age = Values.wholeNumber(text);
            if (age == null) {
                unreadable |= 1 << R_AGE;
                file.problem(R_AGE, "bad-number", "'" + text + "' is not a whole number of years (0–120; leave it"
                        + " empty when not known)");
            }
        }
        var gender = Gender.UNKNOWN;
        text = file.value(R_GENDER);
        if (!text.isEmpty()) {
            gender = GENDERS.of(text);
            if (gender == null) {
                unreadable |= 1 << R_GENDER;
                badEnum(file, R_GENDER, text, "gender", GENDERS);
            }
        }
        int platforms = platformsOf(file);
        if (platforms < 0) {
            unreadable |= 1 << R_PLATFORMS;
        }
        Outcome outcome = null;
        text = file.value(R_OUTCOME);
        if (text.isEmpty()) {
            unreadable |= 1 << R_OUTCOME;
            file.problem(R_OUTCOME, "required", "a report needs its outcome (UNKNOWN when not known)");
        } else {
            outcome = OUTCOMES.of(text);
            if (outcome == null) {
                unreadable |= 1 << R_OUTCOME;
                badEnum(file, R_OUTCOME, text, "outcome", OUTCOMES);
            }
        }
        var details = new ReportDetails(day, age, gender, null, outcome, null);
        var broken = target.hasPeriod()
                ? ReturnRules.checkReport(details, target.periodStart(), target.periodEnd(), "")
                : ReturnRules.checkReport(details, null, null, "");
        for (var p : broken) {
            int column = REPORT_FIELDS.getOrDefault(p.field(), R_OUTCOME);
            if ((unreadable & (1 << column)) == 0) {
                file.problem(column, p.rule(), p.message());
            }
        }
        target.reports++;
        if (storing() && target.valid) {
            store.addReport(target.id, day, age, gender, platforms, outcome);
        }
    }

    /** The platform bits of the row; -1 when a platform is not one of the format's (reported). */
    private static int platformsOf(InterchangeFile file) {
        String text = file.value(R_PLATFORMS);
        if (text.isEmpty()) {
            return 0;
        }
        int bits = 0;
        for (String name : text.split(";")) {
            String trimmed = name.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            var platform = PLATFORMS.of(trimmed);
            if (platform == null) {
                badEnum(file, R_PLATFORMS, trimmed, "platform", PLATFORMS);
                return -1;
            }
            bits |= platform.bit();
        }
        return bits;
    }

    // --- counts.csv ---

    private void readCounts() throws IOException, SQLException {
        boolean allCellsRead = request.counts() == null;
        try (var file = InterchangeFile.open(COUNTS, request.counts(), COUNT_COLUMNS, problems)) {
            if (file != null) {
                while (file.next()) {
                    readCell(file);
                }
                countRows = file.rows();
                allCellsRead = file.complete();
                progress.progress(stage(), COUNTS, file.rows());
            }
        }
        if (!allCellsRead) {
            return; // the file's problems say why; the cells read so far are not all of them
        }
        for (var r : incoming.values()) {
            if (r.granularity() == Granularity.AGGREGATE) {
                checkCells(r);
            }
        }
    }

    private void readCell(InterchangeFile file) {
        String ref = file.value(C_REF);
        var target = incoming.get(ref);
        if (target == null && !allReturnsRead) {
            return; // returns.csv could not be read: its problems say why, and this may be one of its returns
        }
        if (target == null) {
            boolean isStored = !ref.isEmpty() && storedReturn(ref).isPresent();
            file.problem(C_REF, ref.isEmpty() ? "required" : isStored ? "stored-return" : "unknown-return-ref",
                    ref.isEmpty() ? "a cell needs the return_ref of its return"
                            : isStored ? "return '" + ref + "' is stored already: counts.csv gives the cells of returns"
                            + " in the same import's returns.csv (import the return again with replace=true, or change"
                            + " its cells with setCounts)"
                            : "no return '" + ref + "' in returns.csv: a cell belongs to an AGGREGATE return of the"
                            + " same import");
            return;
        }
        if (target.granularity() == Granularity.RECORDS) {
            file.problem(C_REF, "not-aggregate", target.described() + " is RECORDS: its counts come from its"
                    + " reports in reports.csv");
            return;
        }
        if (target.granularity() == null) {
            return;
        }
        if (target.cellInputs.size() >= ImportedReturn.MAX_CELLS) {
            file.problem(C_REF, "too-many-cells", target.described() + " has more than " + ImportedReturn.MAX_CELLS
                    + " cells: a return publishes each category once");
            return;
        }
        Integer count = Values.wholeNumber(file.value(C_COUNT));
        target.cellInputs.add(new PublishedCells.Input(file.value(1), file.value(2), count));
        target.cellLines.add(file.line());
    }

    /** Checks an AGGREGATE return's cells with the rules every write of cells keeps. */
    private void checkCells(ImportedReturn r) {
        if (r.cellInputs.isEmpty()) {
            problems.add(RETURNS, r.line, "granularity", "missing-total", r.described() + " is AGGREGATE but"
                    + " counts.csv has no cells for it: it needs at least its TOTAL");
            return;
        }
        var checked = PublishedCells.check(r.cellInputs, "cells");
        for (var p : checked.problems()) {
            int cell = PublishedCells.cellOf(p, "cells");
            long line = r.cellLines.get(Math.max(cell, 0));
            String column = cell >= 0 ? PublishedCells.propertyOf(p) : wholeCellsColumn(p);
            String message = cell >= 0 ? p.message() : "return '" + r.ref + "': " + p.message();
            problems.add(COUNTS, line, column, p.rule(), withLines(message, r));
        }
        if (checked.valid()) {
            r.cells = checked.cells();
            r.cellTotal = checked.total();
        }
        r.cellInputs.clear();
    }

    /** Problems of the cells as a whole concern their counts, except a missing TOTAL (a dimension). */
    private static String wholeCellsColumn(Problem p) {
        return p.rule().equals("missing-total") ? "dimension" : "count";
    }

    /** Names the lines of counts.csv where the rules name cells by position. */
    private static String withLines(String message, ImportedReturn r) {
        Matcher m = CELL_REFERENCE.matcher(message);
        return m.replaceAll(match -> "the cell on line " + r.cellLines.get(Integer.parseInt(match.group(1))));
    }

    // --- the end ---

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

    private Map<String, Object> snapshotOf(ImportedReturn r, long total) {
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

    /** The import's audit entry: how many rows of each file, and which returns. */
    private Map<String, Object> summary(Map<String, Long> extended) {
        var s = new LinkedHashMap<String, Object>();
        s.put("returns", returnRows);
        s.put("reports", reportRows);
        s.put("counts", countRows);
        var refs = new ArrayList<>(incoming.keySet());
        s.put("returnRefs", refs.subList(0, Math.min(refs.size(), MAX_AUDITED_REFS)));
        if (refs.size() > MAX_AUDITED_REFS) {
            s.put("returnRefsNotListed", refs.size() - MAX_AUDITED_REFS);
        }
        var ids = new LinkedHashMap<String, Long>();
        incoming.values().stream().limit(MAX_AUDITED_REFS).forEach(r -> ids.put(r.ref, r.id));
        s.put("returnIds", ids);
        s.put("replaced", incoming.values().stream().filter(ImportedReturn::replaces).map(r -> r.ref).toList());
        s.put("reportsAddedToStoredReturns", extended);
        return s;
    }

    // --- values ---

    private static LocalDate date(InterchangeFile file, int column, java.util.Set<Integer> unreadable) {
        String text = file.value(column);
        if (text.isEmpty()) {
            return null;
        }
        var day = Values.date(text);
        if (day == null) {
            unreadable.add(column);
            badDate(file, column, text);
        }
        return day;
    }

    private static void badDate(InterchangeFile file, int column, String text) {
        file.problem(column, "bad-date", "'" + text + "' is not a date: write it as YYYY-MM-DD (e.g. 2016-03-31)");
    }

    private static <E extends Enum<E>> E enumValue(InterchangeFile file, int column, Values.Names<E> names,
                                                   String what, java.util.Set<Integer> unreadable) {
        String text = file.value(column);
        if (text.isEmpty()) {
            return null;
        }
        var value = names.of(text);
        if (value == null) {
            unreadable.add(column);
            badEnum(file, column, text, what, names);
        }
        return value;
    }

    private static void badEnum(InterchangeFile file, int column, String text, String what, Values.Names<?> names) {
        file.problem(column, "bad-enum", "'" + text + "' is not a " + what + ": one of " + names.list());
    }
}
