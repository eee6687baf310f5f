package uk.nciistats.returns;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.nciistats.audit.AuditService;
import uk.nciistats.errors.ConflictException;
import uk.nciistats.errors.ForbiddenException;
import uk.nciistats.errors.NotFoundException;
import uk.nciistats.errors.ValidationException;
import uk.nciistats.infrastructure.Database;
import uk.nciistats.security.ActingCaller;
import uk.nciistats.security.Role;
import uk.nciistats.support.InContainerDeployment;
import uk.nciistats.support.StoredRows;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Changing and deleting reports of a RECORDS return inside Liberty, read back with plain SQL: each
 * change is one transaction with its audit entry, moves the return's version and who changed it
 * last, and a refused change (stale version, a report of another return) leaves everything as it was.
 */
@ExtendWith(ArquillianExtension.class)
class ReportChangesArquillianIT {

    @Deployment
    static WebArchive deployment() {
        return InContainerDeployment.servicesOnTheEmbeddedDatabase("ncii-report-changes-in-container")
                .addClass(ReportChangesArquillianIT.class);
    }

    @Inject
    ReturnService returns;
    @Inject
    AuditService audit;
    @Inject
    ActingCaller caller;
    @Inject
    Database database;

    /** The server's own database, read straight to see what a change really stored. */
    private StoredRows db;

    @BeforeEach
    void readTheServersOwnDatabase() {
        db = new StoredRows(database.dataSource());
    }

    @Test
    void aChangedReportIsStoredWithAnAuditEntryOfItsFieldsBeforeAndAfterAndTheReturnMovesOn() {
        var r = withTwoReports();
        long first = reportIds(r.id()).get(0);
        caller.actAs("arq-editor2", Role.EDITOR);

        var changed = returns.changeReport(r.id(), r.version(), first, new ReportDetails(null, 17, Gender.FEMALE,
                EnumSet.of(Platform.SNAPCHAT), null, 8));

        assertEquals(List.of(Map.of("victim_age", 17, "victim_gender", "FEMALE", "outcome", "COMMUNITY_RESOLUTION")),
                db.rows("select victim_age, victim_gender, outcome from report where id = ?", first));
        assertEquals(List.of(Map.of("version", changed.version(), "last_changed_by", "arq-editor2", "total", 2)),
                db.rows("select version, last_changed_by, total from data_return where id = ?", r.id()));
        assertTrue(changed.version() > r.version());
        var entry = db.rows("select before_state, after_state from audit_entry where return_id = ? and action = 'CHANGE_REPORT'", r.id());
        assertTrue(entry.get(0).get("before_state").toString().contains("\"victimAge\":15"), entry.toString());
        assertTrue(entry.get(0).get("after_state").toString().contains("\"victimAge\":17"), entry.toString());
    }

    @Test
    void aChangeAtAStaleVersionIsRefusedAsAConflictAndNothingChanges() {
        var r = withTwoReports();
        long first = reportIds(r.id()).get(0);
        var newer = returns.changeReport(r.id(), r.version(), first, new ReportDetails(null, 16, null, null, Outcome.OTHER, null));

        assertThrows(ConflictException.class, () -> returns.changeReport(r.id(), r.version(), first,
                new ReportDetails(null, 99, null, null, Outcome.OTHER, null)));

        assertEquals(List.of(Map.of("victim_age", 16)), db.rows("select victim_age from report where id = ?", first));
        assertEquals(newer.version(), ((Number) db.rows("select version from data_return where id = ?", r.id()).get(0).get("version")).intValue());
    }

    @Test
    void aBadReportIsRefusedWithTheFieldNamed() {
        var r = withTwoReports();
        long first = reportIds(r.id()).get(0);

        var error = assertThrows(ValidationException.class, () -> returns.changeReport(r.id(), r.version(), first,
                new ReportDetails(LocalDate.of(1999, 1, 1), null, null, null, Outcome.OTHER, null)));

        assertEquals("report.reportedOn", error.field());
    }

    @Test
    void deletingSeveralReportsLowersTheTotalAndTheAuditEntryKeepsWhatTheySaid() {
        var r = withTwoReports();
        var ids = reportIds(r.id());

        var after = returns.deleteReports(r.id(), r.version(), ids);

        assertEquals(0, after.total());
        assertEquals(0L, db.count("select count(*) from report where return_id = ?", r.id()));
        var entry = db.rows("select before_state from audit_entry where return_id = ? and action = 'DELETE_REPORTS'", r.id());
        assertTrue(entry.get(0).get("before_state").toString().contains("\"victimAge\":40"), entry.toString());
    }

    @Test
    void aReportOfAnotherReturnIsNotFoundAndNothingIsDeleted() {
        var r = withTwoReports();
        var other = withTwoReports();
        var ids = List.of(reportIds(r.id()).get(0), reportIds(other.id()).get(0));

        assertThrows(NotFoundException.class, () -> returns.deleteReports(r.id(), r.version(), ids));

        assertEquals(2L, db.count("select count(*) from report where return_id = ?", r.id()));
        assertEquals(2L, db.count("select count(*) from report where return_id = ?", other.id()));
    }

    @Test
    void editorsReadTheTrailOfAReturnAndAnalystsMayNot() {
        var r = withTwoReports();

        assertEquals(List.of("CREATE", "ADD_REPORTS"), audit.trailOf(r.id()).stream().map(e -> e.action()).toList());
        caller.actAs("arq-analyst", Role.ANALYST);
        assertThrows(ForbiddenException.class, () -> audit.trailOf(r.id()));
    }

    private StoredReturn withTwoReports() {
        caller.actAs("arq-editor", Role.EDITOR);
        int year = db.freshYear();
        var created = returns.create(new ReturnDetails("arq-" + UUID.randomUUID().toString().substring(0, 8), "E23000032",
                null, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Granularity.RECORDS, "ReportChangesArquillianIT", null));
        returns.addReports(created.id(), List.of(new ReportDetails(null, 15, null, null, Outcome.CHARGED, null),
                new ReportDetails(null, 40, null, null, Outcome.OTHER, null)));
        return returns.get(created.id());
    }

    private List<Long> reportIds(long returnId) {
        return db.rows("select id from report where return_id = ? order by id", returnId).stream()
                .map(row -> ((Number) row.get("id")).longValue()).toList();
    }

}
