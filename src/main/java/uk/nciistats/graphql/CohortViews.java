package uk.nciistats.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import uk.nciistats.cohort.CohortAnswer;
import uk.nciistats.cohort.CohortStats;
import uk.nciistats.cohort.Coverage;
import uk.nciistats.reference.Country;
import uk.nciistats.returns.AgeRange;
import uk.nciistats.returns.Gender;
import uk.nciistats.returns.Outcome;

import java.time.LocalDate;
import java.util.List;

/** The output types of cohort questions, as the contract names them. */
final class CohortViews {
    private CohortViews() {
    }

    @Type("CohortStats")
    public static final class Stats {
        private final CountView total;
        private final List<Row> rows;
        private final List<String> notes;
        private final CoverageView coverage;

        Stats(CountView total, List<Row> rows, List<String> notes, CoverageView coverage) {
            this.total = total;
            this.rows = rows;
            this.notes = notes;
            this.coverage = coverage;
        }

        public @NonNull CountView getTotal() {
            return total;
        }

        public @NonNull List<@NonNull Row> getRows() {
            return rows;
        }

        public @NonNull List<@NonNull String> getNotes() {
            return notes;
        }

        @Description("Which forces and which days the figures stand for (cohort-semantics §13).")
        public @NonNull CoverageView getCoverage() {
            return coverage;
        }
    }

    @Type("Coverage")
    public static final class CoverageView {
        private final Coverage coverage;

        CoverageView(Coverage coverage) {
            this.coverage = coverage;
        }

        static CoverageView of(Coverage coverage) {
            return coverage == null ? null : new CoverageView(coverage);
        }

        @Description("First day of the window (null when it is empty).")
        public LocalDate getFrom() {
            return coverage.from();
        }

        public LocalDate getTo() {
            return coverage.to();
        }

        public int getForcesInScope() {
            return coverage.forcesInScope();
        }

        @Description("Forces whose counted returns cover every day of the window.")
        public int getForcesCovered() {
            return coverage.forcesCovered();
        }

        public int getForcesPartly() {
            return coverage.forcesPartly();
        }

        public @NonNull List<@NonNull ForceView> getMissing() {
            return coverage.missing().stream().map(ForceView::new).toList();
        }

        public @NonNull List<@NonNull PartialCoverageView> getPartly() {
            return coverage.partly().stream().map(PartialCoverageView::new).toList();
        }
    }

    @Type("PartialCoverage")
    public static final class PartialCoverageView {
        private final Coverage.Partial partial;

        PartialCoverageView(Coverage.Partial partial) {
            this.partial = partial;
        }

        public @NonNull ForceView getForce() {
            return new ForceView(partial.force());
        }

        public int getDaysCovered() {
            return partial.daysCovered();
        }

        public int getDaysInWindow() {
            return partial.daysInWindow();
        }
    }

    @Type("Count")
    public static final class CountView {
        private final CohortStats.Count count;

        CountView(CohortStats.Count count) {
            this.count = count;
        }

        public Integer getLow() {
            return count.suppressed() ? null : (int) count.bounds().low();
        }

        public Integer getHigh() {
            return count.suppressed() ? null : (int) count.bounds().high();
        }

        public boolean isExact() {
            return count.exact();
        }

        public boolean isSuppressed() {
            return count.suppressed();
        }
    }

    @Type("Share")
    public static final class ShareView {
        private final double low;
        private final double high;

        ShareView(CohortAnswer.Share share) {
            this.low = share.low();
            this.high = share.high();
        }

        public Double getLow() {
            return low;
        }

        public Double getHigh() {
            return high;
        }
    }

    @Type("AgeBand")
    public static final class AgeBandView {
        private final AgeRange band;

        AgeBandView(AgeRange band) {
            this.band = band;
        }

        public Integer getMin() {
            return band == null ? null : band.min();
        }

        public Integer getMax() {
            return band == null || band.openEnded() ? null : band.max();
        }

        public @NonNull String getLabel() {
            return band == null ? "UNKNOWN" : band.label();
        }
    }

    /** One cohort row; a key is null when the question does not group by its dimension. */
    @Type("CohortRow")
    public static final class Row {
        ForceView force;
        String region;
        Country country;
        String period;
        AgeBandView ageBand;
        Outcome outcome;
        String platform;
        Gender gender;
        CountView count;
        ShareView share;
        CoverageView coverage;

        public ForceView getForce() {
            return force;
        }

        public String getRegion() {
            return region;
        }

        public Country getCountry() {
            return country;
        }

        public String getPeriod() {
            return period;
        }

        public AgeBandView getAgeBand() {
            return ageBand;
        }

        public Outcome getOutcome() {
            return outcome;
        }

        public String getPlatform() {
            return platform;
        }

        public Gender getGender() {
            return gender;
        }

        public @NonNull CountView getCount() {
            return count;
        }

        public ShareView getShare() {
            return share;
        }

        @Description("Set on rows keyed by force, region, country or calendar bucket (cohort-semantics §13).")
        public CoverageView getCoverage() {
            return coverage;
        }
    }

    @Type("AgeStats")
    public static final class AgeStatsView {
        private final uk.nciistats.cohort.AgeStats stats;

        AgeStatsView(uk.nciistats.cohort.AgeStats stats) {
            this.stats = stats;
        }

        public Integer getCount() {
            return stats.count() == null ? null : stats.count().intValue();
        }

        public Integer getMin() {
            return stats.min();
        }

        public Integer getMax() {
            return stats.max();
        }

        public Double getMean() {
            return stats.mean();
        }

        public Double getMedian() {
            return stats.median();
        }

        /** Null when the count is withheld (cohort-semantics §10): a share of a withheld count would give the count away. */
        public Double getCoverage() {
            return stats.coverage();
        }
    }
}
