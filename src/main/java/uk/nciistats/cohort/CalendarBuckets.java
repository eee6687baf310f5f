package uk.nciistats.cohort;

import java.time.LocalDate;
import java.util.List;

/**
 * The question's calendar dimension (YEAR, QUARTER or MONTH; at most one, §2), if it has one: its
 * place among the grouping dimensions, and each bucket's days cut to the window, which act as the
 * date range of that bucket's row (§3). Buckets are indexed along the calendar {@link Axis}.
 */
final class CalendarBuckets {
    /** The calendar dimension's place in the question's grouping; -1 when the question has none. */
    final int position;
    /** The calendar axis: its dimension and the ordinal of bucket 0; null when there is none. */
    private final Axis axis;
    private final int windowStart;
    private final int windowEnd;

    CalendarBuckets(int position, Axis axis, ReportFilter filter) {
        this.position = position;
        this.axis = axis;
        this.windowStart = filter.windowStart;
        this.windowEnd = filter.windowEnd;
    }

    /** The place of the calendar dimension in {@code groupBy}, or -1. */
    static int positionIn(List<Dimension> groupBy) {
        int position = -1;
        for (int i = 0; i < groupBy.size(); i++) {
            if (groupBy.get(i).calendar()) {
                position = i;
            }
        }
        return position;
    }

    /**
     * The ordinals of the first and last bucket the answer needs: those of the returns' periods, cut
     * to the window; {@code {0, -1}} (no bucket) when nothing is left.
     */
    static int[] span(Dimension calendar, List<ReturnFacts> returns, ReportFilter filter) {
        if (returns.isEmpty()) {
            return new int[] {0, -1};
        }
        long start = returns.stream().mapToLong(ReturnFacts::startDay).min().orElseThrow();
        long end = returns.stream().mapToLong(ReturnFacts::endDay).max().orElseThrow();
        start = Math.max(start, filter.windowStart);
        end = Math.min(end, filter.windowEnd);
        if (start > end) {
            return new int[] {0, -1};
        }
        return new int[] {Period.ordinal(calendar, LocalDate.ofEpochDay(start)),
                Period.ordinal(calendar, LocalDate.ofEpochDay(end))};
    }

    boolean present() {
        return position >= 0;
    }

    /** How many buckets there are; 0 without a calendar dimension. */
    int size() {
        return axis == null ? 0 : axis.size;
    }

    /** The bucket holding a dated report's epoch day. */
    int bucketOf(int day) {
        return Period.ordinal(axis.dimension, LocalDate.ofEpochDay(day)) - axis.firstOrdinal;
    }

    /** The bucket's first day, cut to the window. */
    int start(int bucket) {
        return Math.max(windowStart, (int) Period.firstDay(axis.dimension, axis.firstOrdinal + bucket).toEpochDay());
    }

    /** The bucket's last day, cut to the window. */
    int end(int bucket) {
        return Math.min(windowEnd, (int) Period.lastDay(axis.dimension, axis.firstOrdinal + bucket).toEpochDay());
    }

    /** How the return's period lies against the bucket (cut to the window): how its undated reports count there. */
    Period.Relation periodOf(ReturnFacts r, int bucket) {
        return Period.relation(r.startDay(), r.endDay(), start(bucket), end(bucket));
    }
}
