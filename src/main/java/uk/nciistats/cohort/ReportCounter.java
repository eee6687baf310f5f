package uk.nciistats.cohort;

import uk.nciistats.returns.Gender;
import uk.nciistats.returns.Outcome;
import uk.nciistats.returns.Platform;

import java.util.Arrays;

/**
 * Counts a RECORDS return's reports into the cells of one grid: a report counts once in every cell
 * it belongs to (each question band holding its age, each platform it names, §4, §7), exactly when
 * dated in the window, and {@code {0, 1}} when undated in a period the window or a calendar bucket
 * cuts (§3). The cell key of a cell sums its reports' keys (§10).
 */
final class ReportCounter {
    /** The return whose reports are counted. */
    private final ReturnFacts facts;
    private final CellGrid grid;
    private final Axis[] axes;
    private final CalendarBuckets calendar;
    private final int windowStart;
    private final int windowEnd;
    private final int[][] bandsOfAge;
    /**
     * Per dimension of the grid, the value of a whole-return dimension (FORCE, REGION, COUNTRY) for
     * this return; -1 for a dimension read from each report.
     */
    private final int[] returnValue;
    /** Per dimension of the grid, the values (axis indexes) the report being counted has there. */
    private final int[][] values;
    /** Per dimension of the grid, how many of {@link #values} the report being counted has. */
    private final int[] valueCount;
    /** Per calendar bucket, whether the undated report being counted counts exactly there. */
    private final boolean[] exactInBucket;
    /** The calendar buckets the return's period meets, where its undated reports count (none without a calendar dimension in the grid). */
    private final int[] undatedBuckets;
    /** For each of {@link #undatedBuckets}, whether the period lies wholly inside it (the undated count exactly). */
    private final boolean[] undatedExact;
    /** How the return's period lies against the window. */
    private final Period.Relation undatedRelation;

    ReportCounter(ReturnFacts r, CellGrid grid, Grouping grouping, ReportFilter filter) {
        this.facts = r;
        this.grid = grid;
        this.axes = grouping.axes;
        this.calendar = grouping.calendar;
        this.windowStart = filter.windowStart;
        this.windowEnd = filter.windowEnd;
        this.bandsOfAge = grouping.bandsOfAge;
        int dimensions = grid.dimensions.length;
        this.returnValue = new int[dimensions];
        for (int k = 0; k < dimensions; k++) {
            var a = axes[grid.dimensions[k]];
            returnValue[k] = switch (a.dimension) {
                case FORCE -> a.indexOf(r.forceCode());
                case REGION -> a.indexOf(r.region());
                case COUNTRY -> a.indexOf(r.country().name());
                default -> -1;
            };
        }
        this.values = new int[dimensions][];
        this.valueCount = new int[dimensions];
        for (int i = 0; i < dimensions; i++) {
            values[i] = new int[Math.max(axes[grid.dimensions[i]].size, 1)];
        }
        this.exactInBucket = new boolean[calendar.size()];
        this.undatedRelation = filter.periodOf(r);
        if (calendar.present() && grid.has(calendar.position)) {
            var met = new int[calendar.size()];
            var inside = new boolean[met.length];
            int n = 0;
            for (int b = 0; b < met.length; b++) {
                var relation = calendar.periodOf(r, b);
                if (relation != Period.Relation.OUTSIDE) {
                    met[n] = b;
                    inside[n++] = relation == Period.Relation.INSIDE;
                }
            }
            undatedBuckets = Arrays.copyOf(met, n);
            undatedExact = Arrays.copyOf(inside, n);
        } else {
            undatedBuckets = new int[0];
            undatedExact = new boolean[0];
        }
    }

    void countIfKnown(ReportColumns reports, int i) {
        if (known(reports, i)) {
            countReport(reports, i);
        }
    }

    /**
     * Counts {@code count} reports, whose keys sum to {@code keys}, alike to report {@code like} in
     * all the question reads but the date.
     */
    void countAlike(ReportColumns reports, int like, int count, int keys, boolean exact) {
        if (known(reports, like)) {
            countIn(reports, like, count, keys, exact, true);
        }
    }

    private boolean known(ReportColumns reports, int i) {
        if (grid.knownDimension < 0) {
            return true;
        }
        return switch (axes[grid.knownDimension].dimension) {
            case AGE_BAND -> reports.age(i) >= 0;
            case OUTCOME -> reports.outcome(i) != Outcome.UNKNOWN.ordinal();
            case GENDER -> reports.gender(i) != Gender.UNKNOWN.ordinal();
            case PLATFORM -> reports.platforms(i) != 0;
            default -> true;
        };
    }

    private void countReport(ReportColumns reports, int i) {
        int day = reports.day(i);
        boolean dated = day != ReportColumns.NO_DATE;
        boolean exact;
        if (dated) {
            if (day < windowStart || day > windowEnd) {
                return;
            }
            exact = true;
        } else {
            if (undatedRelation == Period.Relation.OUTSIDE) {
                return;
            }
            exact = undatedRelation == Period.Relation.INSIDE;
        }
        countIn(reports, i, 1, reports.key(i), exact, dated);
    }

    private void countIn(ReportColumns reports, int i, int count, int keys, boolean exact, boolean dated) {
        int day = reports.day(i);
        for (int k = 0; k < grid.dimensions.length; k++) {
            if (returnValue[k] >= 0) {
                values[k][0] = returnValue[k];
                valueCount[k] = 1;
                continue;
            }
            valueCount[k] = fill(values[k], grid.dimensions[k], reports, i, day, dated);
            if (valueCount[k] == 0) {
                return;
            }
        }
        add(0, 0, exact, dated, count, keys);
    }

    /** Adds the report to every cell its values make, from the grid's {@code k}-th dimension on. */
    private void add(int k, long code, boolean exact, boolean dated, int count, int keys) {
        if (k == grid.dimensions.length) {
            grid.tally.add(code, exact ? count : 0, count, keys);
            return;
        }
        boolean calendarDimension = grid.dimensions[k] == calendar.position;
        for (int j = 0; j < valueCount[k]; j++) {
            int v = values[k][j];
            boolean e = exact;
            if (calendarDimension && !dated) {
                e = exactInBucket[v];
            }
            add(k + 1, code + v * grid.strides[k], e, dated, count, keys);
        }
    }

    /** Writes the report's values along one dimension into {@code out}; returns how many. */
    private int fill(int[] out, int dimension, ReportColumns reports, int i, int day, boolean dated) {
        var a = axes[dimension];
        switch (a.dimension) {
            case FORCE -> out[0] = a.indexOf(facts.forceCode());
            case REGION -> out[0] = a.indexOf(facts.region());
            case COUNTRY -> out[0] = a.indexOf(facts.country().name());
            case YEAR, QUARTER, MONTH -> {
                if (dated) {
                    out[0] = calendar.bucketOf(day);
                    return 1;
                }
                for (int b = 0; b < undatedBuckets.length; b++) {
                    out[b] = undatedBuckets[b];
                    exactInBucket[undatedBuckets[b]] = undatedExact[b];
                }
                return undatedBuckets.length;
            }
            case AGE_BAND -> {
                int age = reports.age(i);
                if (age < 0) {
                    out[0] = a.size - 1;
                    return 1;
                }
                var bands = bandsOfAge[age];
                System.arraycopy(bands, 0, out, 0, bands.length);
                return bands.length;
            }
            case OUTCOME -> out[0] = reports.outcome(i);
            case GENDER -> out[0] = reports.gender(i);
            case PLATFORM -> {
                int bits = reports.platforms(i);
                if (bits == 0) {
                    out[0] = Axis.PLATFORM_NONE;
                    return 1;
                }
                int n = 0;
                for (var p : Platform.values()) {
                    if ((bits & p.bit()) != 0) {
                        out[n++] = p.ordinal();
                    }
                }
                return n;
            }
        }
        return 1;
    }
}
