package uk.nciistats.dataimport.interchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.nciistats.audit.AuditLog;
import uk.nciistats.infrastructure.Database;
import uk.nciistats.reference.ReferenceCatalog;
import uk.nciistats.returns.ReturnRepository;
import uk.nciistats.security.Caller;
import uk.nciistats.security.CallerContext;
import uk.nciistats.security.Role;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Bulk import of the interchange format (returns.csv, reports.csv, counts.csv): everything is
 * checked, every problem reported with its file, line, column and rule, and either all of it is
 * stored, in one transaction with its audit entries, or nothing.
 * <p>The transaction is this service's own (bean-managed): the reports go in through plain JDBC on a
 * connection of the same container-managed data source as JPA, so Liberty enlists it in the same
 * transaction, and the audit log (JPA, which demands a transaction) commits or rolls back with them.
 * Call it outside a transaction.
 */
@ApplicationScoped
public class ImportService {
    /** At most this many problems are listed in a report; all are counted. */
    public static final int MAX_LISTED_PROBLEMS = 1000;
    private static final Logger LOG = Logger.getLogger(ImportService.class.getName());

    private final ReferenceCatalog catalog;
    private final ReturnRepository returns;
    private final AuditLog audit;
    private final CallerContext callers;
    private final Database database;
    private final UserTransaction transaction;
    private final int timeoutSeconds;
    private final Clock clock = Clock.systemUTC();

    /**
     * {@code ncii.import.transactionTimeoutSeconds}: Liberty rolls back any transaction older than
     * its totalTranLifetimeTimeout, 120 s unless set; a bean-managed transaction may ask for more
     * (Liberty's upper limit for those, propogatedOrBMTTranLifetimeTimeout, is unlimited by default).
     * A million reports take about a minute, so the import asks for an hour: room for files many
     * times that size on a slow disk, and still an end to an import that hangs.
     */
    @Inject
    public ImportService(ReferenceCatalog catalog, ReturnRepository returns, AuditLog audit, CallerContext callers,
                         Database database, UserTransaction transaction,
                         @ConfigProperty(name = "ncii.import.transactionTimeoutSeconds", defaultValue = "3600")
                         int timeoutSeconds) {
        this.catalog = catalog;
        this.returns = returns;
        this.audit = audit;
        this.callers = callers;
        this.database = database;
        this.transaction = transaction;
        this.timeoutSeconds = timeoutSeconds;
    }

    protected ImportService() {
        this(null, null, null, null, null, null, 0);
    }

    /** The current caller, if they may import (EDITOR or ADMIN); else ForbiddenException. */
    public Caller requireImporter() {
        var caller = callers.current();
        caller.require(Role.EDITOR, "import returns");
        return caller;
    }

    /**
     * Validates and (unless dryRun) stores in ONE transaction; all-or-nothing. Never throws for bad
     * data: bad data comes back as problems with stored=false. Throws ForbiddenException unless the
     * current caller (CallerContext) is EDITOR or ADMIN. Writes one audit entry per import (and, for
     * a stored return it replaces or adds reports to, one in that return's history). The server's own
     * loaders, which have no signed-in caller, call it inside {@code CallerContext.actingAs}.
     */
    public ImportReport importFiles(ImportRequest request, ImportProgress progress) {
        var actor = requireImporter().name();
        var problems = new Problems(MAX_LISTED_PROBLEMS);
        long started = System.nanoTime();
        try {
            requireNoTransaction();
            transaction.setTransactionTimeout(timeoutSeconds);
            transaction.begin();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the import's transaction", e);
        }
        boolean committed = false;
        try {
            ImportReport report;
            try (var connection = database.dataSource().getConnection()) {
                report = new ImportRun(request, progress, actor, clock.instant(), catalog, returns, audit, connection,
                        database.kind(), problems).run();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "An import could not read its files", e);
                return failed(request, "unreadable", "a file could not be read to its end: nothing was stored");
            } catch (SQLException | RuntimeException e) {
                LOG.log(Level.SEVERE, "An import failed while storing", e);
                return failed(request, "not-stored", "the database refused the import (another change may have got"
                        + " in its way: try again; the failure is logged): nothing was stored");
            }
            if (!report.stored()) {
                return report;
            }
            long written = System.nanoTime();
            try {
                transaction.commit();
                committed = true;
            } catch (Exception e) {
                LOG.log(Level.SEVERE, "An import could not commit", e);
                return failed(request, "not-stored", "the import could not be committed (it may have taken longer than"
                        + " its " + timeoutSeconds + " s; the failure is logged): nothing was stored");
            }
            long done = System.nanoTime();
            LOG.info(() -> "Import by " + actor + ": " + report.returns() + " returns, " + report.reports() + " reports, "
                    + report.counts() + " cells stored in " + (done - started) / 1_000_000 + " ms (commit "
                    + (done - written) / 1_000_000 + " ms)");
            return report;
        } finally {
            // whatever happened, an Error included, the transaction begun here ends here (a commit that
            // failed has usually ended it already: rollback() then finds none)
            if (!committed) {
                rollback();
            }
            resetTimeout();
        }
    }

    private void requireNoTransaction() throws SystemException {
        if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
            throw new IllegalStateException("an import runs in a transaction of its own: call it outside one");
        }
    }

    private void rollback() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "An import could not roll back", e);
        }
    }

    private void resetTimeout() {
        try {
            transaction.setTransactionTimeout(0);
        } catch (SystemException e) {
            LOG.log(Level.WARNING, "cannot reset the transaction timeout", e);
        }
    }

    private static ImportReport failed(ImportRequest request, String rule, String message) {
        return new ImportReport(request.dryRun(), false, 0, 0, 0, List.of(),
                List.of(new ImportProblem("", 0, "", rule, message)), 1);
    }
}
