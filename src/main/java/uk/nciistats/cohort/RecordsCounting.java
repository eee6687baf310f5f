package uk.nciistats.cohort;

import java.util.List;

/**
 * A RECORDS return's reports counted exactly where they belong (§1, §3), into every grid of an
 * answer in one pass: report by report, or, when the question reads one report column only, value
 * by value from that column's running counts (a window's reports are one range when they were
 * added by day, as the index adds them).
 */
final class RecordsCounting {
    private final List<CellGrid> grids;
    private final Grouping grouping;
    private final ReportFilter filter;
    /** The one report column the question reads, when reports may be counted by its values; null otherwise. */
    private final ReportColumns.Column summary;

    RecordsCounting(List<CellGrid> grids, Grouping grouping, ReportFilter filter) {
        this.grids = grids;
        this.grouping = grouping;
        this.filter = filter;
        this.summary = summarisedBy(grouping, filter);
    }

    /** One pass over the return's reports, or over one column's counts of them, feeds every grid. */
    void count(ReturnFacts r) {
        var counters = grids.stream().map(grid -> new ReportCounter(r, grid, grouping, filter)).toList();
        var reports = r.reports();
        if (summary != null && reports.byDay()) {
            var undated = filter.periodOf(r);
            if (undated != Period.Relation.OUTSIDE) {
                countValues(reports, 0, reports.undated(), undated == Period.Relation.INSIDE, counters);
            }
            countValues(reports, reports.from(filter.windowStart), reports.after(filter.windowEnd), true, counters);
            return;
        }
        for (int i = 0; i < reports.size(); i++) {
            if (filter.passes(reports, i)) {
                for (var counter : counters) {
                    counter.countIfKnown(reports, i);
                }
            }
        }
    }

    /** The reports {@code [from, to)}, all in the window or all undated, counted value by value. */
    private void countValues(ReportColumns reports, int from, int to, boolean exact, List<ReportCounter> counters) {
        if (from >= to) {
            return;
        }
        var histogram = reports.histogram(summary, from, to);
        var counts = histogram.counts();
        for (int v = 0; v < counts.length; v++) {
            if (counts[v] > 0) {
                int like = reports.reportWith(summary, v);
                for (var counter : counters) {
                    counter.countAlike(reports, like, counts[v], histogram.keys()[v], exact);
                }
            }
        }
    }

    /**
     * The one report column a question reads, when its reports may be counted by that column's values
     * rather than one by one: no report filter, no calendar bucket, and at most one grouping
     * dimension that reads a report ({@code WHOLE} when none does); null otherwise.
     */
    private static ReportColumns.Column summarisedBy(Grouping grouping, ReportFilter filter) {
        if (grouping.calendar.present() || filter.readsReports()) {
            return null;
        }
        ReportColumns.Column column = ReportColumns.Column.WHOLE;
        for (var axis : grouping.axes) {
            var read = switch (axis.dimension) {
                case AGE_BAND -> ReportColumns.Column.AGE;
                case GENDER -> ReportColumns.Column.GENDER;
                case OUTCOME -> ReportColumns.Column.OUTCOME;
                case PLATFORM -> ReportColumns.Column.PLATFORMS;
                default -> null;
            };
            if (read != null) {
                if (column != ReportColumns.Column.WHOLE && column != read) {
                    return null;
                }
                column = read;
            }
        }
        return column;
    }
}
