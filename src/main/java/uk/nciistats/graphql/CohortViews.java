package uk.nciistats.graphql;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import uk.nciistats.cohort.CohortStats;
import uk.nciistats.cohort.CohortAnswer;
import uk.nciistats.reference.Country;
import uk.nciistats.returns.AgeRange;
import uk.nciistats.returns.Gender;
import uk.nciistats.returns.Outcome;

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

        Stats(CountView total, List<Row> rows, List<String> notes) {
            this.total = total;
            this.rows = rows;
            this.notes = notes;
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

        /** Null when the count is withheld (§10): a share of a withheld count would give the count away. */
        public Double getCoverage() {
            return stats.coverage();
        }
    }
}
