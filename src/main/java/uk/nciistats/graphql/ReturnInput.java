package uk.nciistats.graphql;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import uk.nciistats.returns.Granularity;
import uk.nciistats.returns.ReturnDetails;

import java.time.LocalDate;

@Input("ReturnInput")
public class ReturnInput {
    public @NonNull String ref;
    public @NonNull String forceCode;
    public String offenceCode;
    public @NonNull LocalDate periodStart;
    public @NonNull LocalDate periodEnd;
    public @NonNull Granularity granularity;
    public @NonNull String source;
    public LocalDate receivedOn;

    ReturnDetails details() {
        return new ReturnDetails(ref, forceCode, offenceCode, periodStart, periodEnd, granularity, source, receivedOn);
    }
}
