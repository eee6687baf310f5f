package uk.nciistats.cohort;

import uk.nciistats.returns.Gender;
import uk.nciistats.returns.Outcome;
import uk.nciistats.returns.Platform;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Bounds every cell of one grid for an AGGREGATE return from the margins it published. A cell's date
 * cut (§3) and its conditions on age (§4, §5), outcome and gender (§5) and platforms (§7) — from its
 * place on the grid's dimensions, the question's filters and the grid's known part (§8) — are the
 * inputs of the Fréchet inequalities (§6). Its cell key sums the keys of the published cells it
 * read (§10).
 */
final class MarginBounds {
    /** The return whose published cells are read. */
    private final ReturnFacts facts;
    private final PublishedMargins margins;
    private final CellGrid grid;
    private final Axis[] axes;
    private final CalendarBuckets calendar;
    private final ReportFilter filter;
    /** The dimension whose value a report must know to count in the grid (§8 KNOWN); null when any counts. */
    private final Dimension known;
    /** The places, among the grid's dimensions, of its calendar, AGE_BAND, OUTCOME, GENDER and PLATFORM ones; -1 when absent. */
    private final int calendarAt;
    private final int ageAt;
    private final int outcomeAt;
    private final int genderAt;
    private final int platformAt;
    /** The index, along each of the grid's dimensions, of the cell being bounded. */
    private final int[] cellIndex;
    /** The cell key of the cell {@link #bounds} last bounded: the keys of the published cells it read. */
    private int cellKey;

    MarginBounds(ReturnFacts r, CellGrid grid, Grouping grouping, ReportFilter filter) {
        this.facts = r;
        this.margins = r.margins();
        this.grid = grid;
        this.axes = grouping.axes;
        this.calendar = grouping.calendar;
        this.filter = filter;
        this.known = grid.knownDimension < 0 ? null : axes[grid.knownDimension].dimension;
        this.cellIndex = new int[grid.dimensions.length];
        this.calendarAt = place(Dimension.YEAR, Dimension.QUARTER, Dimension.MONTH);
        this.ageAt = place(Dimension.AGE_BAND, null, null);
        this.outcomeAt = place(Dimension.OUTCOME, null, null);
        this.genderAt = place(Dimension.GENDER, null, null);
        this.platformAt = place(Dimension.PLATFORM, null, null);
    }

    /** The place among the grid's dimensions of one of these (each appears at most once, §2); -1 if none. */
    private int place(Dimension one, Dimension another, Dimension third) {
        for (int k = 0; k < grid.dimensions.length; k++) {
            var d = axes[grid.dimensions[k]].dimension;
            if (d == one || d == another || d == third) {
                return k;
            }
        }
        return -1;
    }

    void count() {
        if (margins.total() == 0) {
            return;
        }
        visit(0, 0);
    }

    private void visit(int k, long code) {
        if (k == grid.dimensions.length) {
            var cell = bounds();
            if (cell.high() > 0) {
                grid.tally.add(code, cell.low(), cell.high(), cellKey);
            }
            return;
        }
        var a = axes[grid.dimensions[k]];
        int[] only = fixed(a);
        if (only != null) {
            cellIndex[k] = only[0];
            visit(k + 1, code + only[0] * grid.strides[k]);
            return;
        }
        for (int v = 0; v < a.size; v++) {
            cellIndex[k] = v;
            visit(k + 1, code + v * grid.strides[k]);
        }
    }

    /** The one value a whole-return dimension takes for this return; null for other dimensions. */
    private int[] fixed(Axis a) {
        return switch (a.dimension) {
            case FORCE -> new int[] {a.indexOf(facts.forceCode())};
            case REGION -> new int[] {a.indexOf(facts.region())};
            case COUNTRY -> new int[] {a.indexOf(facts.country().name())};
            default -> null;
        };
    }

    /** The cell at {@link #cellIndex}: Fréchet bounds of its date cut and its conditions (§6). */
    private Bounds bounds() {
        int start = filter.windowStart;
        int end = filter.windowEnd;
        if (calendarAt >= 0) {
            start = Math.max(start, calendar.start(cellIndex[calendarAt]));
            end = Math.min(end, calendar.end(cellIndex[calendarAt]));
        }
        var date = Period.relation(facts.startDay(), facts.endDay(), start, end);
        if (date == Period.Relation.OUTSIDE) {
            return Bounds.ZERO;
        }
        var inputs = new ArrayList<Bounds>(5);
        int key = margins.totalKey;
        if (date == Period.Relation.PARTIAL) {
            inputs.add(Bounds.upTo(margins.total()));
        }
        key += ageInput(inputs);
        key += outcomeInput(inputs);
        key += genderInput(inputs);
        key += platformInput(inputs);
        cellKey = key & 0xff;
        return Bounds.frechet(margins.total(), inputs.toArray(Bounds[]::new));
    }

    /**
     * The cell's condition on age, if it has one (its band or UNKNOWN, the {@code ageBands} filter,
     * the known part), added as an input (§4, §5); returns the keys of the AGE cells it reads.
     */
    private int ageInput(List<Bounds> inputs) {
        AgeSet ages = filter.ages;
        boolean unknown = false;
        boolean asked = filter.ages != null;
        if (ageAt >= 0) {
            var axis = axes[grid.dimensions[ageAt]];
            int v = cellIndex[ageAt];
            asked = true;
            if (axis.isUnknown(v)) {
                unknown = filter.ages == null;
                ages = AgeSet.NONE;
            } else {
                var band = AgeSet.of(List.of(axis.band(v)));
                ages = ages == null ? band : ages.and(band);
            }
        }
        if (known == Dimension.AGE_BAND) {
            asked = true;
            ages = ages == null ? AgeSet.ALL : ages.and(AgeSet.ALL);
            unknown = false;
        }
        if (!asked) {
            return 0;
        }
        var inAges = ages == null ? AgeSet.NONE : ages;
        inputs.add(margins.age(inAges, unknown));
        return margins.ageKey(inAges, unknown);
    }

    /** The cell's condition on outcome, if it has one, added as an input (§5); returns the keys of the cells it reads. */
    private int outcomeInput(List<Bounds> inputs) {
        EnumSet<Outcome> outcomes = filter.outcomes == null ? null : EnumSet.copyOf(filter.outcomes);
        if (outcomeAt >= 0) {
            outcomes = meet(outcomes, EnumSet.of(Outcome.values()[cellIndex[outcomeAt]]));
        }
        if (known == Dimension.OUTCOME) {
            outcomes = meet(outcomes, EnumSet.complementOf(EnumSet.of(Outcome.UNKNOWN)));
        }
        if (outcomes == null) {
            return 0;
        }
        inputs.add(margins.outcome(outcomes));
        return margins.outcomeKey(outcomes);
    }

    /** The cell's condition on gender, if it has one, added as an input (§5); returns the keys of the cells it reads. */
    private int genderInput(List<Bounds> inputs) {
        EnumSet<Gender> genders = filter.genders == null ? null : EnumSet.copyOf(filter.genders);
        if (genderAt >= 0) {
            genders = meet(genders, EnumSet.of(Gender.values()[cellIndex[genderAt]]));
        }
        if (known == Dimension.GENDER) {
            genders = meet(genders, EnumSet.complementOf(EnumSet.of(Gender.UNKNOWN)));
        }
        if (genders == null) {
            return 0;
        }
        inputs.add(margins.gender(genders));
        return margins.genderKey(genders);
    }

    /** The cell's condition on platforms, if it has one, added as an input (§7); returns the keys of the cells it reads. */
    private int platformInput(List<Bounds> inputs) {
        Platform names = null;
        boolean none = false;
        if (platformAt >= 0) {
            int v = cellIndex[platformAt];
            if (v == Axis.PLATFORM_NONE) {
                none = true;
            } else {
                names = Platform.values()[v];
            }
        }
        var platform = new PlatformCondition(names, none,
                filter.platforms == null ? null : EnumSet.copyOf(filter.platforms), known == Dimension.PLATFORM);
        if (platform.unconditional()) {
            return 0;
        }
        inputs.add(margins.platform(platform));
        return margins.platformKey(platform);
    }

    private static <E extends Enum<E>> EnumSet<E> meet(EnumSet<E> a, EnumSet<E> b) {
        if (a == null) {
            return b;
        }
        var c = EnumSet.copyOf(a);
        c.retainAll(b);
        return c;
    }
}
