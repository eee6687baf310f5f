package uk.nciistats.graphql;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import uk.nciistats.returns.Gender;
import uk.nciistats.returns.Outcome;
import uk.nciistats.returns.Platform;
import uk.nciistats.returns.StoredReport;

import java.time.LocalDate;
import java.util.List;

/** One record-level report; {@code dataReturn} is resolved by {@link ReportApi}. */
@Type("Report")
public final class ReportView {
    private final StoredReport report;

    ReportView(StoredReport report) {
        this.report = report;
    }

    @Id
    public @NonNull String getId() {
        return String.valueOf(report.id());
    }

    public LocalDate getReportedOn() {
        return report.reportedOn();
    }

    public Integer getVictimAge() {
        return report.victimAge();
    }

    public @NonNull Gender getVictimGender() {
        return report.victimGender();
    }

    public @NonNull List<@NonNull Platform> getPlatforms() {
        return List.copyOf(report.platforms());
    }

    public @NonNull Outcome getOutcome() {
        return report.outcome();
    }

    @Ignore
    public long returnId() {
        return report.returnId();
    }
}
