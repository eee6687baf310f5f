package uk.nciistats.graphql;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import uk.nciistats.returns.DataReturn;
import uk.nciistats.returns.Granularity;
import uk.nciistats.returns.ReturnStatus;

import java.time.LocalDate;

/** A return as the API shows it; force, offence and counts are resolved by {@link ReturnApi}. */
@Type("DataReturn")
public final class DataReturnView {
    private final DataReturn r;

    DataReturnView(DataReturn r) {
        this.r = r;
    }

    @Id
    public @NonNull String getId() {
        return String.valueOf(r.id());
    }

    public @NonNull String getRef() {
        return r.ref();
    }

    public @NonNull LocalDate getPeriodStart() {
        return r.periodStart();
    }

    public @NonNull LocalDate getPeriodEnd() {
        return r.periodEnd();
    }

    public @NonNull Granularity getGranularity() {
        return r.granularity();
    }

    public @NonNull String getSource() {
        return r.source();
    }

    public LocalDate getReceivedOn() {
        return r.receivedOn();
    }

    public @NonNull ReturnStatus getStatus() {
        return r.status();
    }

    public int getVersion() {
        return r.version();
    }

    public int getTotal() {
        return r.total();
    }

    @Ignore
    public long returnId() {
        return r.id();
    }

    @Ignore
    public String forceCode() {
        return r.forceCode();
    }

    @Ignore
    public String offenceCode() {
        return r.offenceCode();
    }
}
