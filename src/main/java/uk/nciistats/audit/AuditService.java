package uk.nciistats.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.nciistats.security.CallerContext;
import uk.nciistats.security.Role;

import java.util.List;

/** Reading the audit log: ADMIN only. */
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

    public List<AuditEntry> latest(int limit) {
        callers.current().require(Role.ADMIN, "read the audit log");
        return log.latest(limit);
    }
}
