package uk.nciistats.returns;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.nciistats.audit.AuditLog;
import uk.nciistats.errors.ConflictException;
import uk.nciistats.errors.ForbiddenException;
import uk.nciistats.errors.NotFoundException;
import uk.nciistats.errors.ValidationException;
import uk.nciistats.errors.ValidationException.Problem;
import uk.nciistats.reference.ReferenceCatalog;
import uk.nciistats.security.Caller;
import uk.nciistats.security.CallerContext;
import uk.nciistats.security.Role;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything that changes a return, its reports or its cells, and the listings of returns. Each
 * change is one transaction that checks the caller's role, every rule of the input, and writes its
 * audit entry; a refused change stores nothing. The rules themselves live with the domain, where the
 * import uses them too: {@link ReturnRules} (a description, a report), {@link ReturnClashes}
 * (references and periods), {@link DataReturn#changeStatus} (the workflow), {@link PublishedCells}
 * (cells) and {@link ReturnCriteria#checkedAgainst} (a listing's filter).
 */
@ApplicationScoped
@Transactional
public class ReturnService {
    public static final int MAX_REPORTS_PER_CALL = 10_000;

    private final ReturnRepository returns;
    private final ReturnClashes clashes;
    private final ReferenceCatalog catalog;
    private final AuditLog audit;
    private final CallerContext callers;
    private final Clock clock;

    @Inject
    public ReturnService(ReturnRepository returns, ReferenceCatalog catalog, AuditLog audit, CallerContext callers) {
        this.returns = returns;
        this.clashes = new ReturnClashes(returns);
        this.catalog = catalog;
        this.audit = audit;
        this.callers = callers;
        this.clock = Clock.systemUTC();
    }

    protected ReturnService() {
        this.returns = null;
        this.clashes = null;
        this.catalog = null;
        this.audit = null;
        this.callers = null;
        this.clock = null;
    }

    public StoredReturn create(ReturnDetails details) {
        var caller = editor("create a return");
        var offence = checkDescription(details, null);
        var created = new DataReturn(details, offence, caller.name(), now());
        returns.add(created);
        audit.record(caller.name(), "CREATE", created.id(), created.ref(), null, created.snapshot(), now());
        return StoredReturn.of(created);
    }

    public StoredReturn update(long id, int expectedVersion, ReturnDetails details) {
        var caller = editor("change a return");
        var r = current(id, expectedVersion, "id");
        requireChangeable(r, "id");
        var offence = checkDescription(details, r);
        if (details.granularity() != r.granularity() && r.holdsFigures()) {
            throw new ValidationException("input.granularity", "the return already holds "
                    + (r.granularity() == Granularity.RECORDS ? "reports" : "published cells")
                    + ": its granularity stays " + r.granularity());
        }
        var before = r.snapshot();
        r.revise(details, offence, caller.name(), now());
        returns.flush();
        audit.record(caller.name(), "UPDATE", r.id(), r.ref(), before, r.snapshot(), now());
        return StoredReturn.of(r);
    }

    public void delete(long id, int expectedVersion) {
        var caller = editor("delete a return");
        var r = current(id, expectedVersion, "id");
        requireChangeable(r, "id");
        audit.record(caller.name(), "DELETE", r.id(), r.ref(), r.snapshot(), null, now());
        returns.remove(r);
    }

    /**
     * Moves a return between DRAFT, VERIFIED and PUBLISHED: editors verify and set back to DRAFT, only
     * admins publish or withdraw; where the workflow leads is the return's own rule
     * ({@link DataReturn#changeStatus}: only what was verified is published, four eyes on VERIFIED).
     */
    public StoredReturn setStatus(long id, int expectedVersion, ReturnStatus to) {
        var caller = editor("change a return's status");
        var r = current(id, expectedVersion, "id");
        if (to == r.status()) {
            return StoredReturn.of(r);
        }
        if (r.moveNeedsAnAdmin(to) && !caller.may(Role.ADMIN)) {
            throw new ForbiddenException("Only an ADMIN may publish a return or withdraw a published one.");
        }
        var before = r.snapshot();
        r.changeStatus(to, caller.name(), now());
        returns.flush();
        audit.record(caller.name(), "STATUS", r.id(), r.ref(), before, r.snapshot(), now());
        return StoredReturn.of(r);
    }

    /** Adds reports to a RECORDS return; returns how many were stored. */
    public int addReports(long returnId, List<ReportDetails> reports) {
        var caller = editor("add reports");
        var r = returns.findForUpdate(returnId).orElseThrow(() -> notFound(returnId, "returnId"));
        requireChangeable(r, "returnId");
        if (r.granularity() != Granularity.RECORDS) {
            throw new ValidationException("returnId", "return '" + r.ref()
                    + "' is AGGREGATE: it holds published cells (setCounts), not reports");
        }
        if (reports.isEmpty() || reports.size() > MAX_REPORTS_PER_CALL) {
            throw new ValidationException("reports", "send 1 to " + MAX_REPORTS_PER_CALL
                    + " reports per call, not " + reports.size());
        }
        var problems = new ArrayList<Problem>();
        var rows = new ArrayList<Report>(reports.size());
        for (int i = 0; i < reports.size(); i++) {
            var in = reports.get(i);
            var found = ReturnRules.checkReport(in, r, "reports[" + i + "].");
            problems.addAll(found);
            if (found.isEmpty()) {
                rows.add(new Report(r.id(), in.reportedOn(), in.victimAge(),
                        Objects.requireNonNullElse(in.victimGender(), Gender.UNKNOWN),
                        platformsOf(in),
                        ReturnRules.outcomeOf(in), in.homeOfficeOutcome()));
            }
        }
        refuseIf(problems);
        var before = r.snapshot();
        returns.addReports(rows);
        r.recordReports(rows.size(), caller.name(), now());
        returns.flush();
        var after = new java.util.LinkedHashMap<String, Object>(r.snapshot());
        after.put("reportsAdded", rows.size());
        audit.record(caller.name(), "ADD_REPORTS", r.id(), r.ref(), before, after, now());
        return rows.size();
    }

    /**
     * Changes one report of a RECORDS return to {@code details}, checked as {@link #addReports} checks
     * a new one. {@code expectedVersion} is the return's: a report changed since is not overwritten.
     */
    public StoredReturn changeReport(long returnId, int expectedVersion, long reportId, ReportDetails details) {
        var caller = editor("change a report");
        var r = recordsReturn(returnId, expectedVersion);
        var report = returns.reportsOf(returnId, List.of(reportId)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("reportId", "return '" + r.ref() + "' has no report with id " + reportId));
        refuseIf(ReturnRules.checkReport(details, r, "report."));
        var before = withReports(r.snapshot(), "report", report.snapshot());
        report.revise(details.reportedOn(), details.victimAge(),
                Objects.requireNonNullElse(details.victimGender(), Gender.UNKNOWN), platformsOf(details),
                ReturnRules.outcomeOf(details), details.homeOfficeOutcome());
        r.recordReportChanged(caller.name(), now());
        returns.flush();
        audit.record(caller.name(), "CHANGE_REPORT", r.id(), r.ref(), before,
                withReports(r.snapshot(), "report", report.snapshot()), now());
        return StoredReturn.of(r);
    }

    /**
     * Deletes reports of a RECORDS return, all or none: every id must name one of its reports.
     * The audit entry keeps what each deleted report said.
     */
    public StoredReturn deleteReports(long returnId, int expectedVersion, Collection<Long> reportIds) {
        var caller = editor("delete reports");
        var r = recordsReturn(returnId, expectedVersion);
        var ids = new java.util.LinkedHashSet<>(reportIds);
        if (ids.isEmpty() || ids.size() > MAX_REPORTS_PER_CALL) {
            throw new ValidationException("reportIds", "name 1 to " + MAX_REPORTS_PER_CALL
                    + " reports to delete, not " + ids.size());
        }
        var found = returns.reportsOf(returnId, ids);
        if (found.size() != ids.size()) {
            var missing = new ArrayList<>(ids);
            missing.removeAll(found.stream().map(Report::id).toList());
            throw new NotFoundException("reportIds", "return '" + r.ref() + "' has no report with id "
                    + missing.get(0) + (missing.size() > 1 ? " (and " + (missing.size() - 1) + " more)" : ""));
        }
        var before = withReports(r.snapshot(), "reports", found.stream().map(Report::snapshot).toList());
        returns.removeReports(found);
        r.recordReportsRemoved(found.size(), caller.name(), now());
        returns.flush();
        var after = new java.util.LinkedHashMap<String, Object>(r.snapshot());
        after.put("reportsDeleted", found.size());
        audit.record(caller.name(), "DELETE_REPORTS", r.id(), r.ref(), before, after, now());
        return StoredReturn.of(r);
    }

    /** Replaces the published cells of an AGGREGATE return, checked for consistency. */
    public StoredReturn setCounts(long returnId, int expectedVersion, List<PublishedCells.Input> cells) {
        var caller = editor("set published counts");
        var r = current(returnId, expectedVersion, "returnId");
        requireChangeable(r, "returnId");
        if (r.granularity() != Granularity.AGGREGATE) {
            throw new ValidationException("returnId", "return '" + r.ref()
                    + "' is RECORDS: its counts come from its reports (addReports)");
        }
        var checked = PublishedCells.check(cells, "cells");
        refuseIf(checked.problems());
        var before = withCells(r.snapshot(), r.counts());
        r.replaceCounts(checked.cells(), checked.total(), caller.name(), now());
        returns.flush();
        audit.record(caller.name(), "SET_COUNTS", r.id(), r.ref(), before, withCells(r.snapshot(), r.counts()), now());
        return StoredReturn.of(r);
    }

    // --- reading ---

    public StoredReturn get(long id) {
        analyst();
        return StoredReturn.of(returns.find(id).orElseThrow(() -> notFound(id, "id")));
    }

    /** One report of a return, as stored now; empty when the return has no such report (any more). */
    public java.util.Optional<StoredReport> report(long returnId, long reportId) {
        analyst();
        return returns.reportsOf(returnId, List.of(reportId)).stream().findFirst().map(StoredReport::of);
    }

    public List<StoredReturn> page(ReturnCriteria criteria, Long afterId, int limit) {
        analyst();
        return stored(returns.page(criteria.checkedAgainst(catalog), afterId, limit));
    }

    /** A page of returns by position, newest first, for lists that scroll (the console's grid). */
    public List<StoredReturn> newestFirst(ReturnCriteria criteria, int offset, int limit) {
        analyst();
        return stored(returns.newestFirst(criteria.checkedAgainst(catalog), offset, limit));
    }

    /** A page of the returns whose ref contains {@code refPart} (any case), newest first: a search as one types. */
    public List<StoredReturn> newestFirst(ReturnCriteria criteria, String refPart, int offset, int limit) {
        analyst();
        return stored(returns.newestFirst(criteria.checkedAgainst(catalog), refPart, offset, limit));
    }

    /**
     * A page of returns by position in {@code order} (ties newest first), for lists that scroll and
     * sort (the console's grid); at most 500 a page.
     */
    public List<StoredReturn> list(ReturnCriteria criteria, List<ReturnOrder> order, int offset, int limit) {
        analyst();
        if (offset < 0 || limit < 0 || limit > 500) {
            throw new ValidationException("limit", "ask for 0 to 500 returns from a position of 0 or more,"
                    + " not " + limit + " from " + offset);
        }
        return stored(returns.list(criteria.checkedAgainst(catalog), List.copyOf(order), offset, limit));
    }

    public long count(ReturnCriteria criteria) {
        analyst();
        return returns.count(criteria.checkedAgainst(catalog));
    }

    public Map<String, List<StoredReturn>> returnsOfForces(Collection<String> forceCodes) {
        analyst();
        var byForce = returns.returnsOfForces(forceCodes);
        var cells = cellsOf(byForce.values().stream().flatMap(List::stream).toList());
        var result = new java.util.LinkedHashMap<String, List<StoredReturn>>();
        byForce.forEach((force, found) -> result.put(force, stored(found, cells)));
        return result;
    }

    /** The ids of the stored returns with these references (a reference unknown here is left out). */
    public Map<String, Long> idsByRef(Collection<String> refs) {
        analyst();
        var ids = new java.util.LinkedHashMap<String, Long>();
        var found = returns.byRefs(refs);
        for (var ref : refs) {
            if (found.containsKey(ref)) {
                ids.put(ref, found.get(ref).id());
            }
        }
        return ids;
    }

    public Map<Long, StoredReturn> byIds(Collection<Long> ids) {
        analyst();
        var byId = new java.util.HashMap<Long, StoredReturn>();
        stored(List.copyOf(returns.byIds(ids).values())).forEach(r -> byId.put(r.id(), r));
        return byId;
    }

    /** {@code found} as stored, with the cells of all its AGGREGATE returns read in one query. */
    private List<StoredReturn> stored(List<DataReturn> found) {
        return stored(found, cellsOf(found));
    }

    private static List<StoredReturn> stored(List<DataReturn> found, Map<Long, List<CountCell>> cells) {
        return found.stream().map(r -> StoredReturn.of(r, cells.getOrDefault(r.id(), List.of()))).toList();
    }

    private Map<Long, List<CountCell>> cellsOf(List<DataReturn> found) {
        return returns.countsOf(found.stream().filter(r -> r.granularity() == Granularity.AGGREGATE)
                .map(DataReturn::id).toList());
    }

    // --- rules ---

    private String checkDescription(ReturnDetails details, DataReturn self) {
        var problems = ReturnRules.checkDetails(details, catalog, "input.");
        refuseIf(problems);
        String offence = ReturnRules.offenceOf(details, catalog).orElseThrow().code();
        var candidate = ReturnClashes.Candidate.of(details, offence, self == null ? null : self.id());
        refuseIf(clashes.check(List.of(candidate), false).clashes().stream()
                .map(c -> new Problem(c.aboutTheReference() ? "input.ref" : "input.periodStart", c.message(), c.rule()))
                .toList());
        return offence;
    }

    private DataReturn current(long id, int expectedVersion, String idField) {
        var r = returns.findForUpdate(id).orElseThrow(() -> notFound(id, idField));
        if (r.version() != expectedVersion) {
            throw new ConflictException("Return '" + r.ref() + "' was changed by someone else (version "
                    + r.version() + ", you had " + expectedVersion + "): reload it and apply your change again.");
        }
        return r;
    }

    /** A RECORDS return at {@code expectedVersion} that may change, locked for the change. */
    private DataReturn recordsReturn(long returnId, int expectedVersion) {
        var r = current(returnId, expectedVersion, "returnId");
        requireChangeable(r, "returnId");
        if (r.granularity() != Granularity.RECORDS) {
            throw new ValidationException("returnId", "return '" + r.ref()
                    + "' is AGGREGATE: it holds published cells, not reports");
        }
        return r;
    }

    /** Refuses to change a PUBLISHED return; {@code idField} is the argument that named it. */
    private static void requireChangeable(DataReturn r, String idField) {
        if (r.status() == ReturnStatus.PUBLISHED) {
            throw new ValidationException(idField, "return '" + r.ref()
                    + "' is PUBLISHED and cannot change: an ADMIN must set it back to DRAFT first");
        }
    }

    private Caller editor(String what) {
        var caller = callers.current();
        caller.require(Role.EDITOR, what);
        return caller;
    }

    private void analyst() {
        callers.current().require(Role.ANALYST, "read returns");
    }

    private static void refuseIf(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw ValidationException.of(problems);
        }
    }

    private static NotFoundException notFound(long id, String field) {
        return new NotFoundException(field, "no return with id " + id);
    }

    private static Map<String, Object> withCells(Map<String, Object> snapshot, List<CountCell> cells) {
        var s = new java.util.LinkedHashMap<>(snapshot);
        s.put("cells", cells.stream().map(CountCell::toString).toList());
        return s;
    }

    private static Map<String, Object> withReports(Map<String, Object> snapshot, String key, Object reports) {
        var s = new java.util.LinkedHashMap<>(snapshot);
        s.put(key, reports);
        return s;
    }

    private static EnumSet<Platform> platformsOf(ReportDetails r) {
        var set = EnumSet.noneOf(Platform.class);
        if (r.platforms() != null) {
            r.platforms().stream().filter(Objects::nonNull).forEach(set::add);
        }
        return set;
    }

    private Instant now() {
        return clock.instant();
    }
}
