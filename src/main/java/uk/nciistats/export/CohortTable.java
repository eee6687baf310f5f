package uk.nciistats.export;

import uk.nciistats.cohort.CohortQuestion;
import uk.nciistats.cohort.CohortStats;
import uk.nciistats.cohort.Dimension;
import uk.nciistats.reference.Force;
import uk.nciistats.reference.ReferenceCatalog;
import uk.nciistats.returns.AgeRange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A cohort answer as a flat table, one row per cohort row, as every export writes it: the values of
 * the grouping dimensions, then the count as {@code low, high, exact, suppressed} and the share as
 * {@code share_low, share_high}, then its coverage as {@code forces_in_scope, forces_covered}
 * (cohort-semantics §13: the row's own where it is keyed by force, region, country or calendar
 * bucket, else the whole question's). A row a VIEWER may not see carries no count and no share,
 * exactly as in GraphQL.
 */
public record CohortTable(List<Dimension> groupBy, List<Row> rows) {

    /** One cohort row; a dimension the question does not group by is null. */
    public record Row(String forceCode, String forceName, String region, String country, String period,
                      LocalDate periodStart, String ageBand, Integer ageMin, Integer ageMax, String outcome,
                      String platform, String gender, Long low, Long high, boolean exact, boolean suppressed,
                      Double shareLow, Double shareHigh, int forcesInScope, int forcesCovered) {
    }

    /** A column of the flat table: its name in CSV and JSON, and its value in a row. */
    public record Column(String name, Function<Row, Object> value) {
    }

    private static final List<Column> MEASURES = List.of(new Column("low", Row::low), new Column("high", Row::high),
            new Column("exact", Row::exact), new Column("suppressed", Row::suppressed),
            new Column("share_low", Row::shareLow), new Column("share_high", Row::shareHigh),
            new Column("forces_in_scope", Row::forcesInScope), new Column("forces_covered", Row::forcesCovered));

    public static CohortTable of(CohortQuestion question, CohortStats stats, ReferenceCatalog catalog) {
        var rows = new ArrayList<Row>(stats.rows().size());
        var groupBy = question.groupBy();
        for (var shown : stats.rows()) {
            var keys = new Keys();
            for (int i = 0; i < groupBy.size(); i++) {
                keys.set(groupBy.get(i), shown.keys().get(i), catalog);
            }
            boolean withheld = shown.count().suppressed();
            var count = shown.count().bounds();
            var share = groupBy.isEmpty() ? null : shown.share();
            var coverage = shown.coverage() == null ? stats.coverage() : shown.coverage();
            rows.add(new Row(keys.forceCode, keys.forceName, keys.region, keys.country, keys.period, keys.periodStart,
                    keys.ageBand, keys.ageMin, keys.ageMax, keys.outcome, keys.platform, keys.gender,
                    withheld ? null : count.low(), withheld ? null : count.high(), shown.count().exact(), withheld,
                    share == null ? null : share.low(), share == null ? null : share.high(),
                    coverage.forcesInScope(), coverage.forcesCovered()));
        }
        return new CohortTable(groupBy, rows);
    }

    /** The grouping columns of the question's dimensions, in its order, then the count and share. */
    public List<Column> columns() {
        var columns = new ArrayList<Column>();
        for (var d : groupBy) {
            switch (d) {
                case FORCE -> {
                    columns.add(new Column("force_code", Row::forceCode));
                    columns.add(new Column("force_name", Row::forceName));
                }
                case REGION -> columns.add(new Column("region", Row::region));
                case COUNTRY -> columns.add(new Column("country", Row::country));
                case YEAR, QUARTER, MONTH -> {
                    columns.add(new Column("period", Row::period));
                    columns.add(new Column("period_start", Row::periodStart));
                }
                case AGE_BAND -> columns.add(new Column("age_band", Row::ageBand));
                case OUTCOME -> columns.add(new Column("outcome", Row::outcome));
                case PLATFORM -> columns.add(new Column("platform", Row::platform));
                case GENDER -> columns.add(new Column("gender", Row::gender));
            }
        }
        columns.addAll(MEASURES);
        return columns;
    }

    /** The values of one row's grouping dimensions. */
    private static final class Keys {
        String forceCode;
        String forceName;
        String region;
        String country;
        String period;
        LocalDate periodStart;
        String ageBand;
        Integer ageMin;
        Integer ageMax;
        String outcome;
        String platform;
        String gender;

        void set(Dimension d, Object key, ReferenceCatalog catalog) {
            switch (d) {
                case FORCE -> {
                    forceCode = (String) key;
                    forceName = catalog.force(forceCode).map(Force::name).orElse(forceCode);
                }
                case REGION -> region = (String) key;
                case COUNTRY -> country = key.toString();
                case YEAR, QUARTER, MONTH -> {
                    period = (String) key;
                    periodStart = firstDay(period);
                }
                case AGE_BAND -> {
                    var band = (AgeRange) key;
                    ageBand = band == null ? "UNKNOWN" : band.label();
                    ageMin = band == null ? null : band.min();
                    ageMax = band == null || band.openEnded() ? null : band.max();
                }
                case OUTCOME -> outcome = key.toString();
                case PLATFORM -> platform = (String) key;
                case GENDER -> gender = key.toString();
            }
        }
    }

    /** The first day of a calendar bucket labelled {@code 2016}, {@code 2016-Q2} or {@code 2016-03}. */
    static LocalDate firstDay(String period) {
        int year = Integer.parseInt(period.substring(0, 4));
        if (period.length() == 4) {
            return LocalDate.of(year, 1, 1);
        }
        if (period.charAt(5) == 'Q') {
            return LocalDate.of(year, (period.charAt(6) - '1') * 3 + 1, 1);
        }
        return LocalDate.of(year, Integer.parseInt(period.substring(5)), 1);
    }
}
