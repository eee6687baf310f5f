package uk.nciistats.cohort;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Answers a cohort question over RECORDS and AGGREGATE returns together, exactly as
 * docs/cohort-semantics.md says: record-level reports counted exactly (an undated report
 * whose period straddles a date window counts {0, 1}); published margins mapped onto the question's
 * bands and combined by Fréchet bounds; shares of the parent or of its known part.
 * Pure: reads only the facts it is given.
 *
 * <p>The work is shared out: {@link ReportFilter} (the window and the filters on reports),
 * {@link Grouping} (the axes, {@link CalendarBuckets}), {@link CellGrid} (the cells of each level
 * and their tallies), {@link RecordsCounting} and {@link ReportCounter} (RECORDS returns),
 * {@link MarginBounds} (AGGREGATE returns); this class builds the levels and writes the rows.
 */
public final class CohortEngine {
    /** The returns the question selects (§2), by id. */
    private final List<ReturnFacts> returns;
    private final ReportFilter filter;
    private final Grouping grouping;
    /** The rows' cells: every grouping dimension. */
    private final CellGrid cells;
    /** The rows' parents: every grouping dimension but the last (with one dimension, the total, §8). */
    private final CellGrid parents;
    /** The parents' known parts (§8 KNOWN), when the last dimension has an UNKNOWN or NONE value; else null. */
    private final CellGrid knownParts;
    /** The question's total: no dimension. */
    private final CellGrid total;

    private CohortEngine(CohortQuestion question, Collection<ReturnFacts> all) {
        this.returns = all.stream().filter(question::selects).sorted(Comparator.comparingLong(ReturnFacts::id)).toList();
        this.filter = new ReportFilter(question);
        this.grouping = new Grouping(question, returns, filter);
        var axes = grouping.axes;
        int k = axes.length;
        this.total = CellGrid.over(axes, 0, -1);
        this.cells = k == 0 ? total : CellGrid.over(axes, k, -1);
        this.parents = k <= 1 ? total : CellGrid.over(axes, k - 1, -1);
        boolean known = question.shareBase() == ShareBase.KNOWN && k > 0 && axes[k - 1].hasUnknown();
        this.knownParts = known ? CellGrid.over(axes, k - 1, k - 1) : null;
    }

    /** The answer; its notes state counts only when {@code notesStateCounts} (never to a VIEWER, §10). */
    public static CohortAnswer answer(CohortQuestion question, Collection<ReturnFacts> returns, boolean notesStateCounts) {
        var engine = new CohortEngine(question, returns);
        engine.tally();
        return new CohortAnswer(engine.total.tally.figure(0), engine.rows(), new Notes(question, engine.returns,
                engine.filter.windowStart, engine.filter.windowEnd, notesStateCounts).write());
    }

    /** Every grid counted: the rows' cells, their parents, the parents' known parts, the total (each once). */
    private List<CellGrid> grids() {
        var grids = new ArrayList<CellGrid>();
        grids.add(cells);
        if (parents != cells) {
            grids.add(parents);
        }
        if (total != cells && total != parents) {
            grids.add(total);
        }
        if (knownParts != null) {
            grids.add(knownParts);
        }
        return grids;
    }

    private void tally() {
        var grids = grids();
        var records = new RecordsCounting(grids, grouping, filter);
        for (var r : returns) {
            if (r.reports() != null) {
                records.count(r);
            } else {
                for (var grid : grids) {
                    new MarginBounds(r, grid, grouping, filter).count();
                }
            }
        }
    }

    // --- rows and shares ---

    private List<CohortAnswer.Row> rows() {
        var rows = new ArrayList<CohortAnswer.Row>();
        var axes = grouping.axes;
        if (axes.length == 0) {
            rows.add(new CohortAnswer.Row(List.of(), total.tally.figure(0), null, null));
            return rows;
        }
        int k = axes.length;
        for (long code : cells.tally.nonEmpty()) {
            int[] index = cells.decode(code);
            var keys = new ArrayList<Object>(k);
            for (int i = 0; i < k; i++) {
                keys.add(axes[i].key(index[i]));
            }
            var count = cells.tally.figure(code);
            CohortAnswer.Figure base;
            if (knownParts != null) {
                base = axes[k - 1].isUnknown(index[k - 1]) ? null : knownParts.tally.figure(knownParts.codeOf(index));
            } else {
                base = parents.tally.figure(parents.codeOf(index));
            }
            var share = base == null ? null : share(count.count(), base.count());
            rows.add(new CohortAnswer.Row(keys, count, base, share));
        }
        return rows;
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
}
