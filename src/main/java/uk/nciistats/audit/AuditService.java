package uk.nciistats.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.nciistats.errors.ValidationException;
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

    public List<RecordedChange> historyOf(long returnId) {
        callers.current().require(Role.ADMIN, "read the audit log");
        return log.historyOf(returnId);
    }

    /** The history of one return, oldest first, for EDITOR and above. */
    public List<RecordedChange> trailOf(long returnId) {
        callers.current().require(Role.EDITOR, "read the history of a return");
        return log.historyOf(returnId);
    }

    public List<RecordedChange> latest(int limit) {
        callers.current().require(Role.ADMIN, "read the audit log");
        return log.latest(limit);
    }

    /** The entries the search finds, newest first, {@code limit} (at most {@value #MAX_ENTRIES}) from {@code offset}. */
    public List<RecordedChange> search(AuditSearch search, int offset, int limit) {
        callers.current().require(Role.ADMIN, "read the audit log");
        check(search);
        if (offset < 0 || limit < 1 || limit > MAX_ENTRIES) {
            throw new ValidationException("limit", "a page of the audit log is 1 to " + MAX_ENTRIES + " entries");
        }
        return log.search(search, offset, limit);
    }

    /** How many entries the search finds. */
    public long count(AuditSearch search) {
        callers.current().require(Role.ADMIN, "read the audit log");
        check(search);
        return log.count(search);
    }

    /** Every kind of change the log holds, for choosing among them. */
    public List<String> kinds() {
        callers.current().require(Role.ADMIN, "read the audit log");
        return log.kinds();
    }

    private static void check(AuditSearch search) {
        if (search.from() != null && search.to() != null && search.from().isAfter(search.to())) {
            throw new ValidationException("to", "the last day (" + search.to() + ") is before the first ("
                    + search.from() + ")");
        }
    }
}
