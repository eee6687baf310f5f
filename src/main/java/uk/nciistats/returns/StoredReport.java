package uk.nciistats.returns;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * One report of a RECORDS return as stored: what a screen lists and opens for changing. Its
 * disclosure key stays in storage.
 */
public record StoredReport(long id, long returnId, LocalDate reportedOn, Integer victimAge, Gender victimGender,
                           Set<Platform> platforms, Outcome outcome, Integer homeOfficeOutcome) {
    public StoredReport {
        var inOrder = EnumSet.noneOf(Platform.class);
        inOrder.addAll(platforms);
        platforms = Collections.unmodifiableSet(inOrder);
    }

    static StoredReport of(Report r) {
        return new StoredReport(r.id(), r.returnId(), r.reportedOn(), r.victimAge(), r.victimGender(), r.platforms(),
                r.outcome(), r.homeOfficeOutcome());
    }

    /** What the report says, as a caller would send it back changed. */
    public ReportDetails details() {
        return new ReportDetails(reportedOn, victimAge, victimGender, platforms, outcome, homeOfficeOutcome);
    }
}
