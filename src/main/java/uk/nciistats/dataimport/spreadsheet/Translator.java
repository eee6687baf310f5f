package uk.nciistats.dataimport.spreadsheet;

import uk.nciistats.dataimport.spreadsheet.sheet.Sheet;
import uk.nciistats.reference.Force;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a spreadsheet through a mapping into the interchange format. Pure: no database, no server.
 *
 * <p>The mapping is checked first ({@link MappingCheck}). Each row's cells are then read field by
 * field ({@link RowReader}): an empty cell or an unknown marker ({@code nn}) is "not known"; a value
 * entry of the mapping says what any other text means; failing that, the {@link FieldGrammar} reads
 * what can mean only one thing; anything else is listed as unmapped and stops the import. Rows whose
 * read columns are all empty are skipped.
 *
 * <p>With a force column, the file fills one new return per force found in it ({@link ReturnPlanning}).
 * A return is RECORDS (one report per row) unless some row of its force gives the victim's age only
 * as a band: a report carries an exact age or none, so such a force becomes an AGGREGATE return whose
 * published cells are counted from its rows ({@link CountedCells}: TOTAL; AGE with the force's bands,
 * exact ages inside a band counted in it, other exact ages as one-year bands, UNKNOWN; OUTCOME;
 * GENDER and PLATFORM when mapped).
 */
public final class Translator {
    private final Sheet sheet;
    private final Mapping mapping;
    private final ExistingReturn existing;
    private final ForceNames forces;
    private final List<RowProblem> problems = new ArrayList<>();

    private Translator(Sheet sheet, Mapping mapping, ExistingReturn existing, List<Force> forces) {
        this.sheet = sheet;
        this.mapping = mapping;
        this.existing = existing;
        this.forces = ForceNames.of(forces);
    }

    /**
     * Reads {@code sheet} through {@code mapping} into new returns (its defaults), or into
     * {@code existing} when that is not null; {@code forces} are the known forces.
     */
    public static Translation translate(Sheet sheet, Mapping mapping, ExistingReturn existing, List<Force> forces) {
        return new Translator(sheet, mapping, existing, forces).run();
    }

    private Translation run() {
        var check = new MappingCheck(sheet, mapping, existing, forces);
        problems.addAll(check.problems());
        var reader = new RowReader(sheet, mapping, existing, forces, check, problems);
        var read = new ArrayList<ReadRow>();
        int empty = 0;
        if (check.readable()) {
            for (var row : sheet.rows()) {
                if (reader.blank(row)) {
                    empty++;
                } else {
                    read.add(reader.read(row));
                }
            }
        }
        var planning = new ReturnPlanning(mapping, existing, forces, problems);
        var planned = planning.plan(read);
        var previews = read.stream().map(r -> r.preview(planning.refOf(r.forceCode), forces.name(r.forceCode))).toList();
        problems.addAll(reader.unmapped().refuseFreeText());
        return new Translation(planned, previews, reader.unmapped().values(forces.all()), problems,
                reader.tally().warnings(), empty, planning.returnsFile, planning.reportsFile, planning.countsFile);
    }
}
