package uk.nciistats.audit;

import java.time.Instant;
import java.util.List;

/**
 * One change as the audit log recorded it: who made it, when, of which kind, to which return or user
 * account, and the state before and after (JSON; null before a creation, after a deletion).
 *
 * @param returnId    the return changed; null for a change to a user account
 * @param subjectUser the user account changed; null for a change to a return
 */
public record RecordedChange(long id, Instant at, String actor, String action, Long returnId, String returnRef,
                             String subjectUser, String before, String after) {

    static RecordedChange of(AuditEntry entry) {
        return new RecordedChange(entry.id(), entry.at(), entry.actor(), entry.action(), entry.returnId(),
                entry.returnRef(), entry.subjectUser(), entry.before(), entry.after());
    }

    /** What the change changed, field by field. */
    public List<ChangedFields.FieldChange> changedFields() {
        return ChangedFields.of(before, after);
    }
}
