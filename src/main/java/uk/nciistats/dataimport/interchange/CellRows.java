package uk.nciistats.dataimport.interchange;

import uk.nciistats.errors.ValidationException.Problem;
import uk.nciistats.returns.Granularity;
import uk.nciistats.returns.PublishedCells;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * counts.csv: each row a published cell of an AGGREGATE return of the same import. The cells of each
 * return are collected (at most {@link ImportedReturn#MAX_CELLS}) and then checked together by the
 * consistency rules every write of cells keeps ({@link PublishedCells}).
 */
final class CellRows {
    static final String FILE = "counts.csv";
    static final List<String> COLUMNS = List.of("return_ref", "dimension", "category", "count");
    private static final int REF = 0;
    private static final int DIMENSION = 1;
    private static final int CATEGORY = 2;
    private static final int COUNT = 3;
    private static final Pattern CELL_REFERENCE = Pattern.compile("cells\\[(\\d+)]");

    private final Map<String, ImportedReturn> incoming;
    private final Predicate<String> isStored;
    private final boolean allReturnsKnown;
    private final Problems problems;

    /** {@code allReturnsKnown}: see {@link ReportRows}; {@code isStored} tells a stored reference from an unknown one. */
    CellRows(Map<String, ImportedReturn> incoming, Predicate<String> isStored, boolean allReturnsKnown, Problems problems) {
        this.incoming = incoming;
        this.isStored = isStored;
        this.allReturnsKnown = allReturnsKnown;
        this.problems = problems;
    }

    void read(InterchangeFile file) throws IOException {
        while (file.next()) {
            readCell(file);
        }
    }

    private void readCell(InterchangeFile file) {
        String ref = file.value(REF);
        var target = incoming.get(ref);
        if (target == null) {
            if (ref.isEmpty()) {
                file.problem(REF, "required", "a cell needs the return_ref of its return");
            } else if (!allReturnsKnown) {
                return; // it may name a row of returns.csv that could not be read (its problems say why)
            } else if (isStored.test(ref)) {
                file.problem(REF, "stored-return", "return '" + ref + "' is stored already: counts.csv gives the cells"
                        + " of returns in the same import's returns.csv (import the return again with replace=true, or"
                        + " change its cells with setCounts)");
            } else {
                file.problem(REF, "unknown-return-ref", "no return '" + ref + "' in returns.csv: a cell belongs to an"
                        + " AGGREGATE return of the same import");
            }
            return;
        }
        if (target.granularity() == Granularity.RECORDS) {
            file.problem(REF, "not-aggregate", target.described() + " is RECORDS: its counts come from its reports"
                    + " in reports.csv");
            return;
        }
        if (target.granularity() == null) {
            return;
        }
        if (target.cellInputs.size() >= ImportedReturn.MAX_CELLS) {
            file.problem(REF, "too-many-cells", target.described() + " has more than " + ImportedReturn.MAX_CELLS
                    + " cells: a return publishes each category once");
            return;
        }
        Integer count = Values.wholeNumber(file.value(COUNT));
        target.cellInputs.add(new PublishedCells.Input(file.value(DIMENSION), file.value(CATEGORY), count));
        target.cellLines.add(file.line());
    }

    /** Checks the cells of every AGGREGATE return; a consistent return keeps them in canonical form. */
    void check(Collection<ImportedReturn> returns) {
        for (var r : returns) {
            if (r.granularity() == Granularity.AGGREGATE) {
                check(r);
            }
        }
    }

    private void check(ImportedReturn r) {
        if (r.cellInputs.isEmpty()) {
            problems.add(ReturnRows.FILE, r.line, "granularity", "missing-total", r.described() + " is AGGREGATE but"
                    + " counts.csv has no cells for it: it needs at least its TOTAL");
            return;
        }
        var checked = PublishedCells.check(r.cellInputs, "cells");
        for (var p : checked.problems()) {
            int cell = PublishedCells.cellOf(p, "cells");
            long line = r.cellLines.get(Math.max(cell, 0));
            String column = cell >= 0 ? PublishedCells.propertyOf(p) : wholeCellsColumn(p);
            String message = cell >= 0 ? p.message() : "return '" + r.ref + "': " + p.message();
            problems.add(FILE, line, column, p.rule(), withLines(message, r));
        }
        if (checked.valid()) {
            r.cells = checked.cells();
            r.cellTotal = checked.total();
        }
        r.cellInputs.clear();
    }

    /** Problems of the cells as a whole concern their counts, except a missing TOTAL (a dimension). */
    private static String wholeCellsColumn(Problem p) {
        return p.rule().equals("missing-total") ? "dimension" : "count";
    }

    /** Names the lines of counts.csv where the rules name cells by their position. */
    private static String withLines(String message, ImportedReturn r) {
        return CELL_REFERENCE.matcher(message)
                .replaceAll(match -> "the cell on line " + r.cellLines.get(Integer.parseInt(match.group(1))));
    }
}
