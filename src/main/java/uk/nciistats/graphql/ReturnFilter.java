package uk.nciistats.graphql;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import uk.nciistats.returns.Granularity;
import uk.nciistats.returns.ReturnStatus;

import java.time.LocalDate;
import java.util.List;

@Input("ReturnFilter")
public class ReturnFilter {
    public List<String> forces;
    public List<ReturnStatus> statuses;
    public Granularity granularity;
    public LocalDate from;
    public LocalDate to;
}
