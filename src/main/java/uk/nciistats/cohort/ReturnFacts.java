package uk.nciistats.cohort;

import uk.nciistats.reference.Country;
import uk.nciistats.returns.Granularity;
import uk.nciistats.returns.ReturnStatus;

import java.time.LocalDate;

/**
 * What the cohort engine knows of one return: where it comes from, its period, and either its
 * reports (RECORDS) or its published margins (AGGREGATE). Immutable; replaced when the return changes.
 */
public record ReturnFacts(long id, int version, String ref, String forceCode, String forceName, String region,
                          Country country, String offenceCode, ReturnStatus status, LocalDate periodStart,
                          LocalDate periodEnd, ReportColumns reports, PublishedMargins margins) {

    public Granularity granularity() {
        return reports != null ? Granularity.RECORDS : Granularity.AGGREGATE;
    }

    public long total() {
        return reports != null ? reports.size() : margins.total();
    }

    int startDay() {
        return (int) periodStart.toEpochDay();
    }

    int endDay() {
        return (int) periodEnd.toEpochDay();
    }
}
