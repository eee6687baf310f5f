package uk.nciistats.graphql;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import uk.nciistats.returns.CountCell;
import uk.nciistats.returns.Granularity;
import uk.nciistats.returns.ReturnStatus;
import uk.nciistats.returns.StoredReturn;

import java.time.LocalDate;
import java.util.List;

/** A return as the API shows it; force, offence and counts are resolved by {@link ReturnApi}. */
@Type("DataReturn")
public final class DataReturnView {
    private final StoredReturn r;

    DataReturnView(StoredReturn r) {
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

    /** Its published cells, read with it (the service reads those of a page of returns at once). */
    @Ignore
    public List<CountCell> cells() {
        return r.counts();
    }
}
