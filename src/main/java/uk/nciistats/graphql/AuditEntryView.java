package uk.nciistats.graphql;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import uk.nciistats.audit.RecordedChange;

/** One audit entry: who changed which return when, and its state before and after (JSON). */
@Type("AuditEntry")
public final class AuditEntryView {
    private final RecordedChange entry;

    AuditEntryView(RecordedChange entry) {
        this.entry = entry;
    }

    @Id
    public @NonNull String getId() {
        return String.valueOf(entry.id());
    }

    public @NonNull String getAt() {
        return entry.at().toString();
    }

    public @NonNull String getActor() {
        return entry.actor();
    }

    public @NonNull String getAction() {
        return entry.action();
    }

    @Id
    public String getReturnId() {
        return entry.returnId() == null ? null : String.valueOf(entry.returnId());
    }

    public String getReturnRef() {
        return entry.returnRef();
    }

    public String getBefore() {
        return entry.before();
    }

    public String getAfter() {
        return entry.after();
    }
}
