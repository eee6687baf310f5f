package uk.nciistats.dataimport.spreadsheet;

import uk.nciistats.dataimport.spreadsheet.sheet.Sheet;
import uk.nciistats.returns.AgeRange;
import uk.nciistats.returns.Granularity;
import uk.nciistats.returns.ReturnRules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The mapping checked against the file and the returns it fills, before any row is read: every
 * column it reads must be in the file; a new return needs a force, a period, a source and a
 * reference; an existing one must be RECORDS; and every value entry must mean a value of its field
 * (an entry that does not is refused, and its texts read as not known).
 */
final class MappingCheck {
    private final Sheet sheet;
    private final Mapping mapping;
    private final ExistingReturn existing;
    private final ForceNames forces;
    private final List<RowProblem> problems = new ArrayList<>();
    private final Set<FieldText> refusedEntries = new HashSet<>();
    private final boolean readable;

    MappingCheck(Sheet sheet, Mapping mapping, ExistingReturn existing, ForceNames forces) {
        this.sheet = sheet;
        this.mapping = mapping;
        this.existing = existing;
        this.forces = forces;
        boolean columnsFound = checkColumns();
        boolean targetTakesReports = checkTarget();
        this.readable = columnsFound && targetTakesReports;
        if (existing == null) {
            checkNewReturn();
        }
        checkEntries();
    }

    /** Whether the rows can be read at all: the columns are there and the target can take reports. */
    boolean readable() {
        return readable;
    }

    /** What is wrong with the mapping, in the order found; none when it may be used. */
    List<RowProblem> problems() {
        return problems;
    }

    /** Whether the entry for this text was refused: the text then reads as not known. */
    boolean refused(Field field, String text) {
        return refusedEntries.contains(new FieldText(field, text));
    }

    private boolean checkColumns() {
        boolean readable = true;
        for (var field : mapping.columns().keySet()) {
            for (var column : mapping.columnsOf(field)) {
                if (sheet.indexOf(column) < 0) {
                    problems.add(new RowProblem(0, column, "missing-column", "the mapping reads column '" + column
                            + "' for " + field.label() + ", but the file has no such column"));
                    readable = false;
                }
            }
        }
        if (mapping.columns().isEmpty()) {
            problems.add(new RowProblem(0, "", "no-columns", "the mapping reads no column of the file"));
            readable = false;
        }
        return readable;
    }

    private boolean checkTarget() {
        if (existing != null && existing.granularity() != Granularity.RECORDS) {
            problems.add(new RowProblem(0, "", "aggregate-target", "return '" + existing.ref() + "' is "
                    + existing.granularity() + ": its published cells are stored already and an import cannot add"
                    + " to them; import the file into a new return, or into a RECORDS return"));
            return false;
        }
        return true;
    }

    private void checkNewReturn() {
        var d = mapping.defaults();
        if (!mapping.maps(Field.FORCE) && (d.forceCode() == null || !forces.knows(d.forceCode()))) {
            problems.add(new RowProblem(0, "", "no-force", "no column names the force, so choose the force"
                    + " of the return (a known GSS code)"));
        }
        if (d.periodStart() == null || d.periodEnd() == null) {
            problems.add(new RowProblem(0, "", "no-period", "give the period the file covers (first and last day)"));
        } else if (d.periodEnd().isBefore(d.periodStart())) {
            problems.add(new RowProblem(0, "", "bad-period", "the period ends (" + d.periodEnd()
                    + ") before it starts (" + d.periodStart() + ")"));
        }
        if (d.source() == null || d.source().isBlank()) {
            problems.add(new RowProblem(0, "", "no-source", "say where the figures came from (e.g. an FOI reference)"));
        }
        int longest = mapping.maps(Field.FORCE) ? ReturnRules.MAX_REF - 10 : ReturnRules.MAX_REF;
        if (d.ref() == null || d.ref().isBlank() || d.ref().strip().length() > longest) {
            problems.add(new RowProblem(0, "", "bad-ref", "give the return's reference"
                    + (mapping.maps(Field.FORCE) ? " prefix (1–" + longest + " characters; each force's return is"
                    + " PREFIX-GSS code)" : " (1–" + longest + " characters)")));
        }
    }

    private void checkEntries() {
        mapping.values().forEach((field, entries) -> entries.forEach((text, target) -> {
            if (!target.isBlank() && !readsAs(field, CellText.normalise(target))) {
                refusedEntries.add(new FieldText(field, text));
                problems.add(new RowProblem(0, String.join(", ", mapping.columnsOf(field)), "bad-mapping-entry",
                        "the mapping says " + field.label() + " '" + text + "' means '" + target
                                + "', which is not a value of that field"));
            }
        }));
    }

    private boolean readsAs(Field field, String text) {
        if (field == Field.AGE) {
            var age = FieldGrammar.age(text);
            return (age.isPresent() && age.getAsInt() <= AgeRange.OLDEST) || FieldGrammar.band(text).isPresent();
        }
        return FieldGrammar.read(field, text, forces.all()).isPresent();
    }
}
