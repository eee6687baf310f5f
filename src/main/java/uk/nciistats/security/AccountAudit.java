package uk.nciistats.security;

import java.time.Instant;
import java.util.Map;

/**
 * Where a change to a user account is recorded, in the transaction of the change. The audit log
 * ({@code audit/AuditLog}) is the one implementation. It is declared here, where it is used, because
 * the audit package depends on security (who may read the log): security must not depend on it back.
 */
public interface AccountAudit {
    /** A change to a user account; the states never hold a password or its hash. */
    void recordUserChange(String actor, String action, String username,
                          Map<String, ?> before, Map<String, ?> after, Instant at);
}
