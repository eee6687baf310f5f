package uk.nciistats.returns;

import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.nciistats.errors.ForbiddenException;
import uk.nciistats.errors.ValidationException;
import uk.nciistats.infrastructure.Database;
import uk.nciistats.security.ActingCaller;
import uk.nciistats.security.Role;
import uk.nciistats.support.InContainerDeployment;
import uk.nciistats.support.StoredRows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * ReturnService inside Liberty, on the real embedded database with its Flyway schema: a change, its
 * cells and its audit entries are written together or not at all, and a refused change leaves
 * nothing behind. Rows are read back with plain SQL, past JPA.
 */
@ExtendWith(ArquillianExtension.class)
class ReturnServiceArquillianIT {
    private static final String FORCE = "E23000032";

    @Deployment
    static WebArchive deployment() {
        return InContainerDeployment.servicesOnTheEmbeddedDatabase("ncii-returns-in-container")
                .addClass(ReturnServiceArquillianIT.class);
    }

    @Inject
    ReturnService returns;
    @Inject
    ActingCaller caller;
    @Inject
    Database database;
    @Inject
    UserTransaction transaction;

    /** The server's own database, read straight to see what a change really stored. */
    private StoredRows db;

    @BeforeEach
    void readTheServersOwnDatabase() {
        db = new StoredRows(database.dataSource());
    }

    @Test
    void aReturnItsCellsAndAnAuditEntryForEachChangeAreStored() {
        caller.actAs("arq-editor", Role.EDITOR);
        var created = returns.create(aggregate(ref(), db.freshYear()));

        var counted = returns.setCounts(created.id(), created.version(), FIVE_CELLS);

        assertEquals(List.of(Map.of("status", "DRAFT", "total", 5, "version", counted.version())),
                db.rows("select status, total, version from data_return where id = ?", created.id()));
        assertEquals(3L, db.count("select count(*) from count_cell where return_id = ?", created.id()));
        assertEquals(List.of(Map.of("action", "CREATE", "actor", "arq-editor"), Map.of("action", "SET_COUNTS", "actor", "arq-editor")),
                db.rows("select action, actor from audit_entry where return_id = ? order by at, id", created.id()));
    }

    @Test
    void aChangeAndItsAuditEntriesAreOneUnitThatRollsBackTogether() throws Exception {
        caller.actAs("arq-editor", Role.EDITOR);
        var ref = ref();
        long id;

        transaction.begin();
        try {
            var created = returns.create(aggregate(ref, db.freshYear()));
            id = returns.setCounts(created.id(), created.version(), FIVE_CELLS).id();
        } finally {
            transaction.rollback();
        }

        assertNothingStored(ref, id);
    }

    @Test
    void aRefusedCreateLeavesNeitherAReturnNorAnAuditEntry() {
        caller.actAs("arq-editor", Role.EDITOR);
        int year = db.freshYear();
        returns.create(aggregate(ref(), year));
        var refused = ref();

        var error = assertThrows(ValidationException.class, () -> returns.create(aggregate(refused, year)));

        assertEquals("input.periodStart", error.field(), error.getMessage());
        assertNothingStored(refused, -1);
    }

    @Test
    void aRefusedSetCountsLeavesTheStoredReturnAsItWas() {
        caller.actAs("arq-editor", Role.EDITOR);
        var created = returns.create(aggregate(ref(), db.freshYear()));
        var counted = returns.setCounts(created.id(), created.version(), FIVE_CELLS);
        var agesAboveTotal = List.of(new PublishedCells.Input("TOTAL", "", 2), new PublishedCells.Input("AGE", "0-17", 3));

        assertThrows(ValidationException.class, () -> returns.setCounts(created.id(), counted.version(), agesAboveTotal));

        assertEquals(List.of(Map.of("total", 5, "version", counted.version())),
                db.rows("select total, version from data_return where id = ?", created.id()));
        assertEquals(3L, db.count("select count(*) from count_cell where return_id = ?", created.id()));
        assertEquals(2L, db.count("select count(*) from audit_entry where return_id = ?", created.id()));
    }

    @Test
    void aRefusalInsideALargerUnitOfWorkUndoesAllOfIt() throws Exception {
        caller.actAs("arq-editor", Role.EDITOR);
        var ref = ref();
        long id;

        transaction.begin();
        try {
            var created = returns.create(aggregate(ref, db.freshYear()));
            id = created.id();
            assertThrows(ValidationException.class, () -> returns.setCounts(created.id(), created.version(),
                    List.of(new PublishedCells.Input("AGE", "0-17", 3))));
            assertEquals(Status.STATUS_MARKED_ROLLBACK, transaction.getStatus());
        } finally {
            transaction.rollback();
        }

        assertNothingStored(ref, id);
    }

    @Test
    void aViewerCannotCreateAReturnAndNothingIsStored() {
        caller.actAs("arq-viewer", Role.VIEWER);
        var ref = ref();

        assertThrows(ForbiddenException.class, () -> returns.create(aggregate(ref, db.freshYear())));

        assertNothingStored(ref, -1);
    }

    @Test
    void aSearchByPartOfTheRefFindsAnOldReturnBehindNewerOnesAndTakesWildcardsLiterally() {
        caller.actAs("arq-editor", Role.EDITOR);
        var tag = UUID.randomUUID().toString().substring(0, 8);
        var old = returns.create(aggregate("arq-old_" + tag, db.freshYear()));
        for (int i = 0; i < 3; i++) {
            returns.create(aggregate(ref(), db.freshYear()));
        }

        var found = returns.newestFirst(ReturnCriteria.all(), " OLD_" + tag.toUpperCase() + " ", 0, 2);

        assertEquals(List.of(old.ref()), found.stream().map(StoredReturn::ref).toList());
        assertEquals(List.of(), returns.newestFirst(ReturnCriteria.all(), "old%" + tag, 0, 10));
        assertEquals(List.of(), returns.newestFirst(ReturnCriteria.all(), "ol__" + tag, 0, 10));
    }

    // --- helpers ---

    private static final List<PublishedCells.Input> FIVE_CELLS = List.of(new PublishedCells.Input("TOTAL", "", 5),
            new PublishedCells.Input("AGE", "0-17", 2), new PublishedCells.Input("AGE", "18+", 3));

    private void assertNothingStored(String ref, long id) {
        assertEquals(0L, db.count("select count(*) from data_return where ref = ? or id = ?", ref, id), "returns");
        assertEquals(0L, db.count("select count(*) from count_cell where return_id = ?", id), "cells");
        assertEquals(0L, db.count("select count(*) from audit_entry where return_ref = ? or return_id = ?", ref, id), "audit entries");
    }

    private static ReturnDetails aggregate(String ref, int year) {
        return new ReturnDetails(ref, FORCE, null, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                Granularity.AGGREGATE, "ReturnServiceArquillianIT", null);
    }

    private static String ref() {
        return "arq-" + UUID.randomUUID().toString().substring(0, 8);
    }

}
