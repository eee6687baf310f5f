package uk.nciistats.dataimport.spreadsheet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.nciistats.errors.ValidationException;
import uk.nciistats.dataimport.interchange.CsvSource;
import uk.nciistats.dataimport.interchange.ImportProgress;
import uk.nciistats.dataimport.interchange.ImportRequest;
import uk.nciistats.dataimport.interchange.ImportService;
import uk.nciistats.dataimport.spreadsheet.sheet.Sheet;
import uk.nciistats.reference.ReferenceCatalog;

import java.io.ByteArrayInputStream;

/**
 * A force's spreadsheet into the database: translated through a mapping into the interchange
 * format, which the standard import then checks and stores. The check is the import's dry run;
 * the commit is the real import, all or nothing. A translation with unmapped values or problems
 * never reaches the import. Role checks are the import's (EDITOR and ADMIN).
 */
@ApplicationScoped
public class SpreadsheetImport {
    private final ImportService imports;
    private final ReferenceCatalog catalog;

    @Inject
    public SpreadsheetImport(ImportService imports, ReferenceCatalog catalog) {
        this.imports = imports;
        this.catalog = catalog;
    }

    protected SpreadsheetImport() {
        this(null, null);
    }

    public Translation translate(Sheet sheet, Mapping mapping, ExistingReturn into) {
        return Translator.translate(sheet, mapping, into, catalog.forces(null, null));
    }

    /** The import's dry run over a ready translation: what it would store, or every problem. */
    public ImportCheck check(Translation translation) {
        return check(translation, false);
    }

    /**
     * The dry run; with {@code replace}, a new return may replace the stored return with the same
     * reference (else that is a problem).
     */
    public ImportCheck check(Translation translation, boolean replace) {
        return run(translation, true, replace, ImportProgress.NONE);
    }

    /** Imports a ready translation, all or nothing; {@code progress} is told as it goes. */
    public ImportCheck commit(Translation translation, ImportProgress progress) {
        return commit(translation, false, progress);
    }

    /** Imports a ready translation, replacing stored returns of the same reference when {@code replace}. */
    public ImportCheck commit(Translation translation, boolean replace, ImportProgress progress) {
        return run(translation, false, replace, progress);
    }

    private ImportCheck run(Translation translation, boolean dryRun, boolean replace, ImportProgress progress) {
        if (!translation.ready()) {
            throw new ValidationException("file", "the file has " + translation.unmapped().size()
                    + " values no mapping covers and " + translation.problems().size() + " other problems:"
                    + " nothing was imported");
        }
        var report = imports.importFiles(new ImportRequest(source(translation.returnsFile()),
                source(translation.reportsFile()), source(translation.countsFile()), dryRun, replace), progress);
        var sourced = report.problems().stream()
                .map(p -> new SourcedProblem(p, translation.sourceRowsOf(p.file(), p.line()))).toList();
        return new ImportCheck(report, sourced);
    }

    private static CsvSource source(TranslatedFile file) {
        if (file.isEmpty()) {
            return null;
        }
        var bytes = file.bytes();
        return () -> new ByteArrayInputStream(bytes);
    }
}
