package uk.nciistats.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import uk.nciistats.audit.AuditService;
import uk.nciistats.errors.ValidationException;

import java.util.List;

/** The audit log (ADMIN only): every change to returns, their reports and their cells. */
@GraphQLApi
@ApplicationScoped
public class AuditApi {
    private final AuditService audit;

    @Inject
    public AuditApi(AuditService audit) {
        this.audit = audit;
    }

    protected AuditApi() {
        this(null);
    }

    @Query("auditLog")
    @Description("Changes, newest first; or the whole history of one return, oldest first (ADMIN only).")
    public @NonNull List<@NonNull AuditEntryView> auditLog(@Name("returnId") @Id String returnId,
                                                           @Name("first") Integer first) {
        if (returnId != null) {
            return audit.historyOf(ReturnApi.returnId(returnId, "returnId")).stream().map(AuditEntryView::new).toList();
        }
        int limit = first == null ? 100 : first;
        if (limit < 1 || limit > AuditService.MAX_ENTRIES) {
            throw new ValidationException("first", "first must be 1 to " + AuditService.MAX_ENTRIES + ", not " + limit);
        }
        return audit.latest(limit).stream().map(AuditEntryView::new).toList();
    }
}
