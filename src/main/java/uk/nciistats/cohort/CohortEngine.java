package uk.nciistats.cohort;

import uk.nciistats.returns.Gender;
import uk.nciistats.returns.Outcome;
import uk.nciistats.returns.Platform;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * Answers a cohort question over RECORDS and AGGREGATE returns together, exactly as
 * docs/cohort-semantics.md says: record-level reports counted exactly (an undated report
 * whose period straddles a date window counts {0, 1}); published margins mapped onto the question's
 * bands and combined by Fréchet bounds; shares of the parent or of its known part.
 * Pure: reads only the facts it is given.
 */
public final class CohortEngine {
    private final CohortQuestion q;
    private final List<ReturnFacts> returns;
    private final Axis[] axes;
    private final int calendarAxis;
    private final int windowStart;
    private final int windowEnd;
    private final AgeSet ageFilter;
    private final int[][] bandsOfAge;
    private final Level full;
    private final Level parent;
    private final Level knownParent;
    private final Level total;
    private final int platformFilter;
    private final ReportColumns.Column summary;
    private static final Outcome[] OUTCOMES = Outcome.values();
    private static final Gender[] GENDERS = Gender.values();

    private CohortEngine(CohortQuestion q, Collection<ReturnFacts> all) {
        this.q = q;
        this.returns = all.stream().filter(q::selects).sorted(Comparator.comparingLong(ReturnFacts::id)).toList();
        this.windowStart = q.from() == null ? Period.OPEN_START : (int) q.from().toEpochDay();
        this.windowEnd = q.to() == null ? Period.OPEN_END : (int) q.to().toEpochDay();
        this.ageFilter = q.ageFilter() == null ? null : AgeSet.of(q.ageFilter());
        this.platformFilter = q.platforms() == null ? 0 : Platform.bits(q.platforms());
        var dims = q.groupBy();
        this.axes = new Axis[dims.size()];
        int calendar = -1;
        for (int i = 0; i < dims.size(); i++) {
            if (dims.get(i).calendar()) {
                calendar = i;
            }
        }
        this.calendarAxis = calendar;
        int[] ordinals = calendar < 0 ? new int[] {0, -1} : calendarSpan(dims.get(calendar));
        for (int i = 0; i < dims.size(); i++) {
            axes[i] = Axis.of(dims.get(i), returns, q, ordinals[0], ordinals[1]);
        }
        this.bandsOfAge = bandsOfAge(q);
        int k = dims.size();
        this.total = new Level(new int[0], -1);
        this.full = k == 0 ? total : new Level(range(k), -1);
        this.parent = k <= 1 ? total : new Level(range(k - 1), -1);
        boolean known = q.shareBase() == ShareBase.KNOWN && k > 0 && axes[k - 1].hasUnknown();
        this.knownParent = known ? new Level(range(k - 1), k - 1) : null;
        this.summary = summarisedBy();
    }

    /** The answer; its notes state counts only when {@code notesStateCounts} (never to a VIEWER, §10). */
    public static CohortAnswer answer(CohortQuestion q, Collection<ReturnFacts> returns, boolean notesStateCounts) {
        var engine = new CohortEngine(q, returns);
        engine.tally();
        return new CohortAnswer(engine.total.tally.figure(0), engine.rows(),
                new Notes(q, engine.returns, engine.windowStart, engine.windowEnd, notesStateCounts).write());
    }

    // --- levels: the cells counted, the parents of rows, their known parts, the total ---

    private final class Level {
        final int[] dims;
        final int knownDim;
        final long[] strides;
        final Tally tally;

        Level(int[] dims, int knownDim) {
            this.dims = dims;
            this.knownDim = knownDim;
            this.strides = new long[dims.length];
            long size = 1;
            for (int i = dims.length - 1; i >= 0; i--) {
                strides[i] = size;
                size *= axes[dims[i]].size;
            }
            this.tally = new Tally(size);
        }

        boolean hasCalendar() {
            for (int d : dims) {
                if (d == calendarAxis) {
                    return true;
                }
            }
            return false;
        }
    }

    private List<Level> levels() {
        var levels = new ArrayList<Level>();
        levels.add(full);
        if (parent != full) {
            levels.add(parent);
        }
        if (total != full && total != parent) {
            levels.add(total);
        }
        if (knownParent != null) {
            levels.add(knownParent);
        }
        return levels;
    }

    private void tally() {
        var levels = levels();
        for (var r : returns) {
            if (r.reports() != null) {
                countRecords(r, levels);
            } else {
                for (var level : levels) {
                    new AggregateCounter(r, level).count();
                }
            }
        }
    }

    /** One pass over a return's reports, or over one column's counts of them, feeds every level. */
    private void countRecords(ReturnFacts r, List<Level> levels) {
        var counters = levels.stream().map(level -> new RecordsCounter(r, level)).toList();
        var cols = r.reports();
        if (summary != null && cols.byDay()) {
            var undated = Period.relation(r.startDay(), r.endDay(), windowStart, windowEnd);
            if (undated != Period.Relation.OUTSIDE) {
                countValues(cols, 0, cols.undated(), undated == Period.Relation.INSIDE, counters);
            }
            countValues(cols, cols.from(windowStart), cols.after(windowEnd), true, counters);
            return;
        }
        for (int i = 0; i < cols.size(); i++) {
            if (passesFilters(cols, i)) {
                for (var counter : counters) {
                    counter.countIfKnown(cols, i);
                }
            }
        }
    }

    /** The reports {@code [from, to)}, all in the window or all undated, counted value by value. */
    private void countValues(ReportColumns cols, int from, int to, boolean exact, List<RecordsCounter> counters) {
        if (from >= to) {
            return;
        }
        var histogram = cols.histogram(summary, from, to);
        var counts = histogram.counts();
        for (int v = 0; v < counts.length; v++) {
            if (counts[v] > 0) {
                int like = cols.reportWith(summary, v);
                for (var counter : counters) {
                    counter.countAlike(cols, like, counts[v], histogram.keys()[v], exact);
                }
            }
        }
    }

    /**
     * The one report column a question reads, when its reports may be counted by that column's values
     * rather than one by one: no report filter, no calendar bucket, and at most one grouping
     * dimension that reads a report ({@code WHOLE} when none does); null otherwise.
     */
    private ReportColumns.Column summarisedBy() {
        if (calendarAxis >= 0 || ageFilter != null || q.outcomes() != null || q.genders() != null || platformFilter != 0) {
            return null;
        }
        ReportColumns.Column column = ReportColumns.Column.WHOLE;
        for (var axis : axes) {
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

    private boolean passesFilters(ReportColumns cols, int i) {
        if (ageFilter != null) {
            int age = cols.age(i);
            if (age < 0 || !ageFilter.contains(age)) {
                return false;
            }
        }
        if (q.outcomes() != null && !q.outcomes().contains(OUTCOMES[cols.outcome(i)])) {
            return false;
        }
        if (q.genders() != null && !q.genders().contains(GENDERS[cols.gender(i)])) {
            return false;
        }
        return platformFilter == 0 || (cols.platforms(i) & platformFilter) != 0;
    }

    // --- RECORDS: every report counted where it belongs ---

    private final class RecordsCounter {
        private final ReturnFacts r;
        private final Level level;
        private final int[][] values;
        private final boolean[] exactOf;
        private final int[] count;
        private final int[] undatedBuckets;
        private final boolean[] undatedExact;
        private final Period.Relation undatedRelation;
        private final int[] fixedIndex;

        RecordsCounter(ReturnFacts r, Level level) {
            this.r = r;
            this.level = level;
            this.fixedIndex = new int[level.dims.length];
            for (int k = 0; k < level.dims.length; k++) {
                var a = axes[level.dims[k]];
                fixedIndex[k] = switch (a.dimension) {
                    case FORCE -> a.indexOf(r.forceCode());
                    case REGION -> a.indexOf(r.region());
                    case COUNTRY -> a.indexOf(r.country().name());
                    default -> -1;
                };
            }
            this.values = new int[level.dims.length][];
            this.count = new int[level.dims.length];
            for (int i = 0; i < level.dims.length; i++) {
                values[i] = new int[Math.max(axes[level.dims[i]].size, 1)];
            }
            this.exactOf = new boolean[calendarAxis < 0 ? 0 : axes[calendarAxis].size];
            this.undatedRelation = Period.relation(r.startDay(), r.endDay(), windowStart, windowEnd);
            if (calendarAxis >= 0 && level.hasCalendar()) {
                var buckets = new ArrayList<int[]>();
                for (int b = 0; b < axes[calendarAxis].size; b++) {
                    var rel = Period.relation(r.startDay(), r.endDay(), bucketStart(b), bucketEnd(b));
                    if (rel != Period.Relation.OUTSIDE) {
                        buckets.add(new int[] {b, rel == Period.Relation.INSIDE ? 1 : 0});
                    }
                }
                undatedBuckets = buckets.stream().mapToInt(x -> x[0]).toArray();
                undatedExact = new boolean[undatedBuckets.length];
                for (int i = 0; i < undatedBuckets.length; i++) {
                    undatedExact[i] = buckets.get(i)[1] == 1;
                }
            } else {
                undatedBuckets = new int[0];
                undatedExact = new boolean[0];
            }
        }

        void countIfKnown(ReportColumns cols, int i) {
            if (known(cols, i)) {
                countReport(cols, i);
            }
        }

        /**
         * Counts {@code reports} reports, whose keys sum to {@code keys}, alike to report {@code like} in
         * all the question reads but the date.
         */
        void countAlike(ReportColumns cols, int like, int reports, int keys, boolean exact) {
            if (known(cols, like)) {
                countIn(cols, like, reports, keys, exact, true);
            }
        }

        private boolean known(ReportColumns cols, int i) {
            if (level.knownDim < 0) {
                return true;
            }
            return switch (axes[level.knownDim].dimension) {
                case AGE_BAND -> cols.age(i) >= 0;
                case OUTCOME -> cols.outcome(i) != Outcome.UNKNOWN.ordinal();
                case GENDER -> cols.gender(i) != Gender.UNKNOWN.ordinal();
                case PLATFORM -> cols.platforms(i) != 0;
                default -> true;
            };
        }

        private void countReport(ReportColumns cols, int i) {
            int day = cols.day(i);
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
            countIn(cols, i, 1, cols.key(i), exact, dated);
        }

        private void countIn(ReportColumns cols, int i, int reports, int keys, boolean exact, boolean dated) {
            int day = cols.day(i);
            for (int k = 0; k < level.dims.length; k++) {
                if (fixedIndex[k] >= 0) {
                    values[k][0] = fixedIndex[k];
                    count[k] = 1;
                    continue;
                }
                count[k] = fill(values[k], level.dims[k], cols, i, day, dated);
                if (count[k] == 0) {
                    return;
                }
            }
            add(0, 0, exact, dated, reports, keys);
        }

        private void add(int k, long code, boolean exact, boolean dated, int reports, int keys) {
            if (k == level.dims.length) {
                level.tally.add(code, exact ? reports : 0, reports, keys);
                return;
            }
            boolean calendar = level.dims[k] == calendarAxis;
            for (int j = 0; j < count[k]; j++) {
                int v = values[k][j];
                boolean e = exact;
                if (calendar && !dated) {
                    e = exactOf[v];
                }
                add(k + 1, code + v * level.strides[k], e, dated, reports, keys);
            }
        }

        private int fill(int[] out, int axis, ReportColumns cols, int i, int day, boolean dated) {
            var a = axes[axis];
            switch (a.dimension) {
                case FORCE -> out[0] = a.indexOf(r.forceCode());
                case REGION -> out[0] = a.indexOf(r.region());
                case COUNTRY -> out[0] = a.indexOf(r.country().name());
                case YEAR, QUARTER, MONTH -> {
                    if (dated) {
                        out[0] = Period.ordinal(a.dimension, LocalDate.ofEpochDay(day)) - a.firstOrdinal;
                        return 1;
                    }
                    for (int b = 0; b < undatedBuckets.length; b++) {
                        out[b] = undatedBuckets[b];
                        exactOf[undatedBuckets[b]] = undatedExact[b];
                    }
                    return undatedBuckets.length;
                }
                case AGE_BAND -> {
                    int age = cols.age(i);
                    if (age < 0) {
                        out[0] = a.size - 1;
                        return 1;
                    }
                    var bands = bandsOfAge[age];
                    System.arraycopy(bands, 0, out, 0, bands.length);
                    return bands.length;
                }
                case OUTCOME -> out[0] = cols.outcome(i);
                case GENDER -> out[0] = cols.gender(i);
                case PLATFORM -> {
                    int bits = cols.platforms(i);
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

    // --- AGGREGATE: every cell bounded from the published margins ---

    private final class AggregateCounter {
        private final ReturnFacts r;
        private final Level level;
        private final PublishedMargins m;
        private final int[] at;
        /** The cell key of the cell {@link #bounds} last bounded: the keys of the published cells it read. */
        private int cellKey;

        AggregateCounter(ReturnFacts r, Level level) {
            this.r = r;
            this.level = level;
            this.m = r.margins();
            this.at = new int[level.dims.length];
        }

        void count() {
            if (m.total() == 0) {
                return;
            }
            visit(0, 0);
        }

        private void visit(int k, long code) {
            if (k == level.dims.length) {
                var cell = bounds();
                if (cell.high() > 0) {
                    level.tally.add(code, cell.low(), cell.high(), cellKey);
                }
                return;
            }
            var a = axes[level.dims[k]];
            int[] only = fixed(a);
            if (only != null) {
                at[k] = only[0];
                visit(k + 1, code + only[0] * level.strides[k]);
                return;
            }
            for (int v = 0; v < a.size; v++) {
                at[k] = v;
                visit(k + 1, code + v * level.strides[k]);
            }
        }

        private int[] fixed(Axis a) {
            return switch (a.dimension) {
                case FORCE -> new int[] {a.indexOf(r.forceCode())};
                case REGION -> new int[] {a.indexOf(r.region())};
                case COUNTRY -> new int[] {a.indexOf(r.country().name())};
                default -> null;
            };
        }

        /** The cell at {@link #at}: Fréchet bounds of its date cut and its conditions (§6). */
        private Bounds bounds() {
            var inputs = new ArrayList<Bounds>(5);
            int start = windowStart;
            int end = windowEnd;
            AgeSet ages = ageFilter;
            boolean unknownAge = false;
            boolean ageCondition = ageFilter != null;
            EnumSet<Outcome> outcomes = q.outcomes() == null ? null : EnumSet.copyOf(q.outcomes());
            EnumSet<Gender> genders = q.genders() == null ? null : EnumSet.copyOf(q.genders());
            Platform names = null;
            boolean none = false;
            boolean platformKnown = false;
            for (int k = 0; k < level.dims.length; k++) {
                var a = axes[level.dims[k]];
                int v = at[k];
                switch (a.dimension) {
                    case YEAR, QUARTER, MONTH -> {
                        start = Math.max(start, bucketStart(v));
                        end = Math.min(end, bucketEnd(v));
                    }
                    case AGE_BAND -> {
                        ageCondition = true;
                        if (a.isUnknown(v)) {
                            unknownAge = ageFilter == null;
                            ages = AgeSet.NONE;
                        } else {
                            var band = AgeSet.of(List.of(a.band(v)));
                            ages = ages == null ? band : ages.and(band);
                        }
                    }
                    case OUTCOME -> outcomes = meet(outcomes, EnumSet.of(Outcome.values()[v]));
                    case GENDER -> genders = meet(genders, EnumSet.of(Gender.values()[v]));
                    case PLATFORM -> {
                        if (v == Axis.PLATFORM_NONE) {
                            none = true;
                        } else {
                            names = Platform.values()[v];
                        }
                    }
                    default -> {
                        // whole-return dimensions are no input
                    }
                }
            }
            if (level.knownDim >= 0) {
                switch (axes[level.knownDim].dimension) {
                    case AGE_BAND -> {
                        ageCondition = true;
                        ages = ages == null ? AgeSet.ALL : ages.and(AgeSet.ALL);
                        unknownAge = false;
                    }
                    case OUTCOME -> outcomes = meet(outcomes, EnumSet.complementOf(EnumSet.of(Outcome.UNKNOWN)));
                    case GENDER -> genders = meet(genders, EnumSet.complementOf(EnumSet.of(Gender.UNKNOWN)));
                    case PLATFORM -> platformKnown = true;
                    default -> {
                    }
                }
            }
            var date = Period.relation(r.startDay(), r.endDay(), start, end);
            if (date == Period.Relation.OUTSIDE) {
                return Bounds.ZERO;
            }
            int key = m.totalKey;
            if (date == Period.Relation.PARTIAL) {
                inputs.add(Bounds.upTo(m.total()));
            }
            if (ageCondition) {
                var asked = ages == null ? AgeSet.NONE : ages;
                inputs.add(m.age(asked, unknownAge));
                key += m.ageKey(asked, unknownAge);
            }
            if (outcomes != null) {
                inputs.add(m.outcome(outcomes));
                key += m.outcomeKey(outcomes);
            }
            if (genders != null) {
                inputs.add(m.gender(genders));
                key += m.genderKey(genders);
            }
            var platform = new PlatformCondition(names, none,
                    q.platforms() == null ? null : EnumSet.copyOf(q.platforms()), platformKnown);
            if (!platform.unconditional()) {
                inputs.add(m.platform(platform));
                key += m.platformKey(platform);
            }
            cellKey = key & 0xff;
            return Bounds.frechet(m.total(), inputs.toArray(Bounds[]::new));
        }
    }

    private static <E extends Enum<E>> EnumSet<E> meet(EnumSet<E> a, EnumSet<E> b) {
        if (a == null) {
            return b;
        }
        var c = EnumSet.copyOf(a);
        c.retainAll(b);
        return c;
    }

    // --- rows and shares ---

    private List<CohortAnswer.Row> rows() {
        var rows = new ArrayList<CohortAnswer.Row>();
        if (axes.length == 0) {
            rows.add(new CohortAnswer.Row(List.of(), total.tally.figure(0), null, null));
            return rows;
        }
        int k = axes.length;
        for (long code : full.tally.nonEmpty()) {
            int[] index = decode(code);
            var keys = new ArrayList<Object>(k);
            for (int i = 0; i < k; i++) {
                keys.add(axes[i].key(index[i]));
            }
            var count = full.tally.figure(code);
            CohortAnswer.Figure base;
            if (knownParent != null) {
                base = axes[k - 1].isUnknown(index[k - 1]) ? null : knownParent.tally.figure(parentCode(index, knownParent));
            } else {
                base = parent.tally.figure(parentCode(index, parent));
            }
            var share = base == null ? null : share(count.count(), base.count());
            rows.add(new CohortAnswer.Row(keys, count, base, share));
        }
        return rows;
    }

    private int[] decode(long code) {
        var index = new int[full.dims.length];
        for (int i = 0; i < index.length; i++) {
            index[i] = (int) (code / full.strides[i]);
            code %= full.strides[i];
        }
        return index;
    }

    private static long parentCode(int[] index, Level level) {
        long code = 0;
        for (int i = 0; i < level.dims.length; i++) {
            code += index[level.dims[i]] * level.strides[i];
        }
        return code;
    }

    /** §8: {@code low = row.low / base.high}, {@code high = min(1, row.high / base.low)}. */
    static CohortAnswer.Share share(Bounds row, Bounds base) {
        if (base.high() == 0) {
            return null;
        }
        if (row.high() == 0) {
            return new CohortAnswer.Share(0, 0);
        }
        double low = (double) row.low() / base.high();
        double high = base.low() == 0 ? 1 : Math.min(1, (double) row.high() / base.low());
        return new CohortAnswer.Share(low, high);
    }

    // --- calendar ---

    private int[] calendarSpan(Dimension calendar) {
        if (returns.isEmpty()) {
            return new int[] {0, -1};
        }
        long start = returns.stream().mapToLong(ReturnFacts::startDay).min().orElseThrow();
        long end = returns.stream().mapToLong(ReturnFacts::endDay).max().orElseThrow();
        start = Math.max(start, windowStart);
        end = Math.min(end, windowEnd);
        if (start > end) {
            return new int[] {0, -1};
        }
        return new int[] {Period.ordinal(calendar, LocalDate.ofEpochDay(start)),
                Period.ordinal(calendar, LocalDate.ofEpochDay(end))};
    }

    private int bucketStart(int index) {
        var a = axes[calendarAxis];
        return Math.max(windowStart, (int) Period.firstDay(a.dimension, a.firstOrdinal + index).toEpochDay());
    }

    private int bucketEnd(int index) {
        var a = axes[calendarAxis];
        return Math.min(windowEnd, (int) Period.lastDay(a.dimension, a.firstOrdinal + index).toEpochDay());
    }

    private static int[][] bandsOfAge(CohortQuestion q) {
        var result = new int[121][];
        for (int age = 0; age <= 120; age++) {
            var in = new ArrayList<Integer>();
            for (int b = 0; b < q.bands().size(); b++) {
                var band = q.bands().get(b);
                if (age >= band.min() && age <= band.max()) {
                    in.add(b);
                }
            }
            result[age] = in.stream().mapToInt(Integer::intValue).toArray();
        }
        return result;
    }

    private static int[] range(int n) {
        var r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = i;
        }
        return r;
    }
}
