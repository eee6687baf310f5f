package uk.nciistats.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.nciistats.security.CallerContext;
import uk.nciistats.security.Role;

import java.util.List;

/**
 * Reading the audit log: the whole log is ADMIN's; the trail of one return is also open to the
 * EDITORs who change and verify it (four eyes means seeing what the other person changed).
 */
@ApplicationScoped
public class AuditService {
    public static final int MAX_ENTRIES = 500;
    private final AuditLog log;
    private final CallerContext callers;

    @Inject
    public AuditService(AuditLog log, CallerContext callers) {
        this.log = log;
        this.callers = callers;
    }

    protected AuditService() {
        this(null, null);
    }

    public List<AuditEntry> historyOf(long returnId) {
        callers.current().require(Role.ADMIN, "read the audit log");
        return log.historyOf(returnId);
    }

    /** The history of one return, oldest first, for EDITOR and above. */
    public List<AuditEntry> trailOf(long returnId) {
        callers.current().require(Role.EDITOR, "read the history of a return");
        return log.historyOf(returnId);
    }

    public List<AuditEntry> latest(int limit) {
        callers.current().require(Role.ADMIN, "read the audit log");
        return log.latest(limit);
    }
}
