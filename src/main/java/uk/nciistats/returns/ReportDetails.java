package uk.nciistats.returns;

import java.time.LocalDate;
import java.util.Set;

/** One report as a caller sends it: an outcome, or a Home Office outcome type it follows from. */
public record ReportDetails(LocalDate reportedOn, Integer victimAge, Gender victimGender, Set<Platform> platforms,
                            Outcome outcome, Integer homeOfficeOutcome) {
}
