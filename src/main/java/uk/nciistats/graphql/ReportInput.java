package uk.nciistats.graphql;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import uk.nciistats.returns.Gender;
import uk.nciistats.returns.Outcome;
import uk.nciistats.returns.Platform;
import uk.nciistats.returns.ReportDetails;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** One report: an outcome, or the Home Office outcome type it was recorded with. */
@Input("ReportInput")
public class ReportInput {
    public LocalDate reportedOn;
    public Integer victimAge;
    public Gender victimGender;
    public List<Platform> platforms;
    public Outcome outcome;
    public Integer homeOfficeOutcome;

    ReportDetails details() {
        return new ReportDetails(reportedOn, victimAge, victimGender, platforms == null ? Set.of() : Set.copyOf(platforms),
                outcome, homeOfficeOutcome);
    }
}
