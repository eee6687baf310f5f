package uk.nciistats.console.wizard;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import uk.nciistats.console.layout.MainLayout;
import uk.nciistats.console.layout.Notices;
import uk.nciistats.errors.DomainException;
import uk.nciistats.dataimport.spreadsheet.BackgroundImports;
import uk.nciistats.dataimport.spreadsheet.ImportCheck;
import uk.nciistats.dataimport.spreadsheet.Mapping;
import uk.nciistats.dataimport.spreadsheet.MappingService;
import uk.nciistats.dataimport.spreadsheet.MappingSummary;
import uk.nciistats.dataimport.spreadsheet.SpreadsheetImport;
import uk.nciistats.dataimport.spreadsheet.Translation;
import uk.nciistats.dataimport.spreadsheet.sheet.Sheet;
import uk.nciistats.infrastructure.LogText;
import uk.nciistats.reference.ReferenceCatalog;
import uk.nciistats.returns.Granularity;
import uk.nciistats.returns.ReturnCriteria;
import uk.nciistats.returns.ReturnService;
import uk.nciistats.returns.ReturnStatus;
import uk.nciistats.security.CallerContext;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The import wizard: a force's spreadsheet (CSV or XLSX) read through a mapping into new returns
 * (one per force found in the file) or into a stored return. Five steps on one page, each its own
 * component: the file; the mapping; the returns it fills; the check (every row as it will be
 * imported, the values no mapping covers, warnings and problems); the import, all or nothing, on a
 * background thread. This view is the presenter: it holds the file and the last check and calls
 * the services the steps ask for.
 */
@Route(value = "import", layout = MainLayout.class)
@PageTitle("Import a spreadsheet · NCII Stats")
@Menu(title = "Import spreadsheet", order = 4, icon = "vaadin:upload")
@RolesAllowed("EDITOR")
@CdiComponent
public class ImportWizardView extends VerticalLayout {
    private static final Logger LOG = Logger.getLogger(ImportWizardView.class.getName());

    private final SpreadsheetImport spreadsheets;
    private final MappingService mappings;
    private final BackgroundImports background;
    private final CallerContext callers;
    private final ReturnService returns;

    private final FileStep fileStep = new FileStep();
    private final MappingStep mappingStep = new MappingStep();
    private final ReturnsStep returnsStep;
    private final CheckStep checkStep;
    private final ImportStep importStep = new ImportStep();

    private Sheet sheet;
    private int loadedVersion;
    /** What Import imports: the translation last checked and passed, null after any change. */
    private Translation checked;
    private boolean checkedReplacing;

    @Inject
    public ImportWizardView(SpreadsheetImport spreadsheets, MappingService mappings, BackgroundImports background,
                            CallerContext callers, ReferenceCatalog catalog, ReturnService returns) {
        this.spreadsheets = spreadsheets;
        this.mappings = mappings;
        this.background = background;
        this.callers = callers;
        this.returns = returns;
        var forces = catalog.forces(null, null);
        // only a RECORDS return can take rows (an AGGREGATE one's cells are stored), never a PUBLISHED one
        var fillable = new ReturnCriteria(null, List.of(ReturnStatus.DRAFT, ReturnStatus.VERIFIED), Granularity.RECORDS,
                null, null);
        returnsStep = new ReturnsStep(forces, (refPart, offset, limit) -> returns.newestFirst(fillable, refPart, offset, limit));
        checkStep = new CheckStep(new MeaningChoices(forces), returnsStep::forceName);
        setMaxWidth("90rem");
        add(fileStep, mappingStep, returnsStep, checkStep, importStep);
        fileStep.addSheetListener(e -> fileRead(e.sheet()));
        mappingStep.addMappingListener(e -> {
            switch (e.kind()) {
                case LOAD -> load(e.name());
                case SAVE -> save();
                case DELETE -> delete(e.name());
            }
        });
        mappingStep.addChangeListener(e -> withdrawCheck());
        returnsStep.addChangeListener(e -> withdrawCheck());
        checkStep.addCheckListener(e -> check());
        checkStep.addApplyListener(e -> {
            mappingStep.addMeanings(e.meanings());
            check();
        });
        importStep.addImportListener(e -> startImport());
        show(Mapping.empty(""), "", false);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        try {
            mappingStep.setMappingNames(mappingNames());
        } catch (DomainException e) {
            Notices.refused(e.getMessage());
        }
    }

    private void fileRead(Sheet read) {
        sheet = read;
        if (read != null) {
            mappingStep.setFileColumns(read.columns());
            show(mappingStep.mapping(returnsStep.defaults()), mappingStep.loadedName(), loadedVersion > 0);
        }
        withdrawCheck();
    }

    private void show(Mapping m, String savedName, boolean deletable) {
        mappingStep.show(m, savedName, deletable);
        returnsStep.show(m.defaults());
    }

    private Mapping formMapping() {
        return mappingStep.mapping(returnsStep.defaults());
    }

    // --- saved mappings ---

    private List<String> mappingNames() {
        return mappings.list().stream().map(MappingSummary::name).toList();
    }

    private void load(String name) {
        try {
            var found = mappings.find(name).orElseThrow(() -> new IllegalStateException("no mapping " + name));
            loadedVersion = mappings.versionOf(found.name());
            show(found, found.name(), loadedVersion > 0);
            withdrawCheck();
        } catch (DomainException | IllegalStateException e) {
            Notices.refused(e.getMessage());
        }
    }

    private void save() {
        var named = formMapping();
        try {
            int expected = named.name().equals(mappingStep.loadedName()) ? loadedVersion : 0;
            loadedVersion = mappings.save(named, expected);
            mappingStep.saved(named.name(), mappingNames());
            Notices.done("Saved mapping " + named.name() + ".");
        } catch (DomainException e) {
            Notices.refused(e.getMessage());
        } catch (PersistenceException | TransactionalException e) {
            LOG.log(Level.WARNING, "saving mapping '" + LogText.of(named.name()) + "' failed", LogText.failure(e));
            Notices.refused("The mapping was not saved: the database refused it. Nothing was changed;"
                    + " try again, or save it under another name.");
        }
    }

    private void delete(String name) {
        try {
            mappings.delete(name, loadedVersion);
            loadedVersion = 0;
            mappingStep.deleted(mappingNames());
            Notices.done("Deleted mapping " + name + ".");
        } catch (DomainException e) {
            Notices.refused(e.getMessage());
        }
    }

    // --- the check ---

    private void check() {
        withdrawCheck();
        if (sheet == null) {
            Notices.refused("Upload a spreadsheet first.");
            return;
        }
        var translation = spreadsheets.translate(sheet, formMapping(), returnsStep.existingTarget());
        ImportCheck dryRun = null;
        boolean replacing = checkStep.replace();
        if (translation.ready()) {
            try {
                dryRun = spreadsheets.check(translation, replacing);
            } catch (DomainException e) {
                Notices.refused(e.getMessage());
                return;
            }
        }
        checkStep.show(translation, dryRun);
        boolean passes = translation.ready() && dryRun != null && dryRun.passed();
        checked = passes ? translation : null;
        checkedReplacing = replacing;
        importStep.setReady(passes);
    }

    /**
     * What is imported is the translation last checked, so any change of what the translation
     * depends on (columns, markers, month dates, value entries, the return's details, its target)
     * withdraws the check: Import stays disabled until the file is checked again.
     */
    private void withdrawCheck() {
        checked = null;
        checkStep.clear();
        importStep.setReady(false);
    }

    // --- the import ---

    private void startImport() {
        var ui = UI.getCurrent();
        var importing = checked;
        if (importing == null) {
            Notices.refused("Check the file again: the form changed since the last check.");
            importStep.setReady(false);
            return;
        }
        long lines = importing.returnsFile().lines().size() + importing.reportCount() + importing.countsFile().lines().size();
        var done = new ConcurrentHashMap<String, Long>();
        importStep.started(lines);
        ui.setPollInterval(500);
        background.start(callers.current(), importing, checkedReplacing, (stage, file, rows) -> {
            done.put(file, rows);
            long sum = done.values().stream().mapToLong(Long::longValue).sum();
            ui.access(() -> importStep.progressed(sum, stage + " " + file + ": " + rows + " rows"));
        }).whenComplete((answer, failure) -> ui.access(() -> finished(ui, answer, failure)));
    }

    private void finished(UI ui, ImportCheck answer, Throwable failure) {
        ui.setPollInterval(-1);
        if (failure != null) {
            importStep.finished("Nothing was imported: " + ImportFailures.sentence(failure), false, true);
            return;
        }
        var report = answer.report();
        if (answer.passed() && report.stored()) {
            checked = null;
            var with = new java.util.ArrayList<String>();
            if (report.reports() > 0) {
                with.add(CheckStep.count(report.reports(), "report"));
            }
            if (report.counts() > 0) {
                with.add(CheckStep.count(report.counts(), "published cell"));
            }
            importStep.finished("Imported " + CheckStep.count(report.returns(), "return") + " ("
                    + String.join(", ", report.returnRefs()) + ")" + (with.isEmpty() ? "" : " with " + String.join(" and ", with))
                    + ". Imported returns are DRAFT until another editor verifies them.", true, false);
            importStep.showImported(returns.idsByRef(report.returnRefs().stream().limit(10).toList()));
        } else {
            importStep.finished("Nothing was imported: the import found " + report.problemCount() + " problems,"
                    + " listed in step 4.", false, false);
            checkStep.importProblems(answer);
        }
    }

}
