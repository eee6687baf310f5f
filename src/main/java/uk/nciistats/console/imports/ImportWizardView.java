package uk.nciistats.console.imports;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import uk.nciistats.console.layout.IsoDatePicker;
import uk.nciistats.console.layout.MainLayout;
import uk.nciistats.console.layout.Notices;
import uk.nciistats.errors.DomainException;
import uk.nciistats.mapping.BackgroundImports;
import uk.nciistats.mapping.ExistingReturn;
import uk.nciistats.mapping.Field;
import uk.nciistats.mapping.ImportCheck;
import uk.nciistats.mapping.Mapping;
import uk.nciistats.mapping.MappingService;
import uk.nciistats.mapping.MappingSummary;
import uk.nciistats.mapping.MonthDates;
import uk.nciistats.mapping.PreviewRow;
import uk.nciistats.mapping.ReturnDefaults;
import uk.nciistats.mapping.SpreadsheetImport;
import uk.nciistats.mapping.Translation;
import uk.nciistats.mapping.UnmappedValue;
import uk.nciistats.mapping.sheet.Sheet;
import uk.nciistats.mapping.sheet.SheetReader;
import uk.nciistats.mapping.sheet.UnreadableSheetException;
import uk.nciistats.platform.LogText;
import uk.nciistats.reference.Force;
import uk.nciistats.reference.ReferenceCatalog;
import uk.nciistats.returns.DataReturn;
import uk.nciistats.returns.Granularity;
import uk.nciistats.returns.ReturnCriteria;
import uk.nciistats.returns.ReturnStatus;
import uk.nciistats.returns.ReturnService;
import uk.nciistats.security.CallerContext;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The import wizard: a force's spreadsheet (CSV or XLSX) read through a mapping into new returns
 * (one per force found in the file) or into a stored return. Step by step on one page: the file;
 * the mapping (a saved or built-in one, or a new one: which column feeds which field); the returns
 * it fills; then "Check" shows every row as it will be imported, the values no mapping covers (they
 * stop the import until the user says what each means) and every problem the mapping or the
 * import's dry run finds. Only a file that passes can be imported: all or nothing, on a background
 * thread, with its progress shown.
 */
@Route(value = "import", layout = MainLayout.class)
@PageTitle("Import a spreadsheet · NCII Stats")
@Menu(title = "Import spreadsheet", order = 4, icon = "vaadin:upload")
@RolesAllowed("EDITOR")
@CdiComponent
public class ImportWizardView extends VerticalLayout {
    private static final String NEW_RETURNS = "New returns (one per force when a column names the force)";
    private static final String EXISTING_RETURN = "A return that exists";
    private static final int PREVIEW_PROBLEMS_SHOWN = 200;
    private static final Logger LOG = Logger.getLogger(ImportWizardView.class.getName());

    private final SpreadsheetImport spreadsheets;
    private final MappingService mappings;
    private final BackgroundImports background;
    private final CallerContext callers;
    private final ReferenceCatalog catalog;

    private final Span fileSummary = new Span("No file yet.");
    private final ComboBox<String> mappingChoice = new ComboBox<>("Start from a mapping");
    private final TextField mappingName = new TextField("Mapping name (to save it)");
    private final Map<Field, ComboBox<String>> columnChoices = new EnumMap<>(Field.class);
    private final MultiSelectComboBox<String> platformColumns = new MultiSelectComboBox<>(Field.PLATFORMS.label());
    private final TextField unknownMarkers = new TextField("Texts that mean \"not known\"");
    private final Select<MonthDates> monthDates = new Select<>();
    private final RadioButtonGroup<String> target = new RadioButtonGroup<>("The file fills");
    private final TextField ref = new TextField("Return reference (its prefix with a force column)");
    private final ComboBox<Force> force = new ComboBox<>("Force (when no column names it)");
    private final IsoDatePicker periodStart = new IsoDatePicker("Period from");
    private final IsoDatePicker periodEnd = new IsoDatePicker("Period to");
    private final TextField source = new TextField("Source");
    private final IsoDatePicker receivedOn = new IsoDatePicker("Received on");
    private final ComboBox<DataReturn> existing = new ComboBox<>("Return");
    private final Paragraph status = new Paragraph();
    private final Grid<uk.nciistats.mapping.PlannedReturn> planned = new Grid<>();
    private final UnmappedValuesEditor unmappedEditor;
    private final ValueEntriesEditor entriesEditor = new ValueEntriesEditor();
    private final UnorderedList problems = new UnorderedList();
    private final Grid<PreviewRow> preview = new Grid<>();
    private final Button commit = new Button("Import");
    private final Button deleteButton = new Button("Delete mapping");
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Span result = new Span();

    private Sheet sheet;
    private Mapping mapping = Mapping.empty("");
    private Map<Field, Map<String, String>> valueEntries = new HashMap<>();
    private String loadedName = "";
    private int loadedVersion;
    private Translation translation;

    @Inject
    public ImportWizardView(SpreadsheetImport spreadsheets, MappingService mappings, BackgroundImports background,
                            CallerContext callers, ReferenceCatalog catalog, ReturnService returns) {
        this.spreadsheets = spreadsheets;
        this.mappings = mappings;
        this.background = background;
        this.callers = callers;
        this.catalog = catalog;
        this.unmappedEditor = new UnmappedValuesEditor(new MeaningChoices(catalog.forces(null, null)));
        unmappedEditor.addApplyListener(e -> applyMeanings(e.meanings()));
        unmappedEditor.setVisible(false);
        entriesEditor.addRemoveListener(e -> {
            var entries = valueEntries.get(e.entry().field());
            if (entries != null) {
                entries.remove(e.entry().text());
            }
            entriesEditor.show(valueEntries);
            clearCheck();
        });
        setMaxWidth("90rem");
        add(new H2("Import a force's spreadsheet"), fileStep(), mappingStep(), returnsStep(returns), checkStep(),
                commitStep());
        showMapping(Mapping.empty(""));
        clearCheckOnEveryChange();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        refreshMappingList();
    }

    // --- 1. the file ---

    private VerticalLayout fileStep() {
        var ui = UI.getCurrent();
        var upload = new Upload(new SpreadsheetUpload((fileName, bytes) -> ui.access(() -> readFile(fileName, bytes)),
                refusal -> ui.access(() -> refuseFile(refusal))));
        upload.setId("upload");
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFiles(1);
        // the browser's own checks, before anything is sent; the server checks the size again
        upload.setMaxFileSize(SheetReader.MAX_BYTES);
        upload.setI18n(new UploadI18N().setError(new UploadI18N.Error()
                .setFileIsTooBig(SpreadsheetUpload.TOO_LARGE)
                .setIncorrectFileType("The wizard reads CSV and Excel (XLSX) files only: save the sheet as one of them.")
                .setTooManyFiles("The wizard reads one file at a time: remove the file shown first.")));
        upload.addFileRejectedListener(e -> Notices.refused(e.getErrorMessage()));
        fileSummary.setId("file-summary");
        return step("1. The spreadsheet (CSV or Excel XLSX)", upload, fileSummary);
    }

    private void readFile(String fileName, byte[] bytes) {
        try {
            sheet = SheetReader.read(fileName, bytes);
            fileSummary.setText(fileName + ": " + sheet.rows().size() + " rows, columns " + String.join(", ", sheet.columns()));
            showMapping(mappingFromForm());
            clearCheck();
        } catch (UnreadableSheetException e) {
            refuseFile(e.getMessage());
        }
    }

    private void refuseFile(String why) {
        sheet = null;
        fileSummary.setText(why);
        Notices.refused(why);
        clearCheck();
    }

    // --- 2. the mapping ---

    private VerticalLayout mappingStep() {
        mappingChoice.setId("mapping");
        mappingChoice.setWidth("22rem");
        mappingChoice.setClearButtonVisible(true);
        mappingChoice.setPlaceholder("a new mapping");
        mappingChoice.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                loadMapping(e.getValue());
            }
        });
        mappingName.setId("mapping-name");
        var columns = new FormLayout();
        for (var field : Field.values()) {
            if (field == Field.PLATFORMS) {
                platformColumns.setId("column-PLATFORMS");
                columns.add(platformColumns);
            } else {
                var choice = new ComboBox<String>(field.label());
                choice.setId("column-" + field.name());
                choice.setClearButtonVisible(true);
                choice.setPlaceholder("not in the file");
                columnChoices.put(field, choice);
                columns.add(choice);
            }
        }
        unknownMarkers.setId("unknown-markers");
        unknownMarkers.setHelperText("comma-separated; empty cells are always not known");
        monthDates.setId("month-dates");
        monthDates.setLabel("A month without a day becomes");
        monthDates.setItems(MonthDates.values());
        monthDates.setItemLabelGenerator(m -> m == MonthDates.FIRST_DAY_IN_PERIOD
                ? "its first day inside the period" : "no date (undated report)");
        columns.add(unknownMarkers, monthDates);
        entriesEditor.setWidthFull();
        var saveMapping = new Button("Save mapping", e -> saveMapping());
        saveMapping.setId("save-mapping");
        deleteButton.setId("delete-mapping");
        deleteButton.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        deleteButton.addClickListener(e -> confirmDeleteMapping());
        deleteButton.setEnabled(false);
        var top = new HorizontalLayout(mappingChoice, mappingName, saveMapping, deleteButton);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        return step("2. The mapping: which column feeds which field", top, columns, entriesEditor);
    }

    private void refreshMappingList() {
        try {
            mappingChoice.setItems(mappings.list().stream().map(MappingSummary::name).toList());
        } catch (DomainException e) {
            Notices.refused(e.getMessage());
        }
    }

    private void loadMapping(String name) {
        try {
            var found = mappings.find(name).orElseThrow(() -> new IllegalStateException("no mapping " + name));
            loadedName = found.name();
            loadedVersion = mappings.versionOf(found.name());
            deleteButton.setEnabled(loadedVersion > 0);
            mappingName.setValue(found.name());
            showMapping(found);
            clearCheck();
        } catch (DomainException | IllegalStateException e) {
            Notices.refused(e.getMessage());
        }
    }

    private void showMapping(Mapping m) {
        mapping = m;
        valueEntries = new HashMap<>();
        m.values().forEach((field, entries) -> valueEntries.put(field, new java.util.LinkedHashMap<>(entries)));
        entriesEditor.show(valueEntries);
        // before a file is uploaded, the mapping's own columns are the choices, so the user sees them
        var available = sheet != null ? sheet.columns() : List.copyOf(m.columnsRead());
        columnChoices.forEach((field, choice) -> {
            choice.setItems(available);
            var column = m.columnsOf(field).stream().findFirst().orElse(null);
            choice.setValue(column != null && available.contains(column) ? column : null);
        });
        platformColumns.setItems(available);
        platformColumns.setValue(new LinkedHashSet<>(m.columnsOf(Field.PLATFORMS).stream()
                .filter(available::contains).toList()));
        unknownMarkers.setValue(String.join(", ", m.unknownMarkers()));
        monthDates.setValue(m.monthDates());
        var d = m.defaults();
        ref.setValue(d.ref() == null ? "" : d.ref());
        force.setValue(d.forceCode() == null ? null : catalog.force(d.forceCode()).orElse(null));
        periodStart.setValue(d.periodStart());
        periodEnd.setValue(d.periodEnd());
        source.setValue(d.source() == null ? "" : d.source());
        receivedOn.setValue(d.receivedOn());
    }

    /** The mapping as the form shows it, with the value entries chosen so far. */
    private Mapping mappingFromForm() {
        var columns = new EnumMap<Field, List<String>>(Field.class);
        columnChoices.forEach((field, choice) -> {
            if (choice.getValue() != null) {
                columns.put(field, List.of(choice.getValue()));
            }
        });
        if (!platformColumns.getValue().isEmpty()) {
            columns.put(Field.PLATFORMS, sheet == null ? List.copyOf(platformColumns.getValue())
                    : sheet.columns().stream().filter(platformColumns.getValue()::contains).toList());
        }
        var markers = Arrays.stream(unknownMarkers.getValue().split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
        var defaults = new ReturnDefaults(ref.getValue().strip(), force.getValue() == null ? null : force.getValue().code(),
                periodStart.getValue(), periodEnd.getValue(), source.getValue().strip(), receivedOn.getValue());
        return new Mapping(mappingName.getValue(), columns, defaults, markers, valueEntries, monthDates.getValue());
    }

    private void saveMapping() {
        try {
            var named = mappingFromForm();
            int expected = named.name().equals(loadedName) ? loadedVersion : 0;
            loadedVersion = mappings.save(named, expected);
            loadedName = named.name();
            deleteButton.setEnabled(true);
            refreshMappingList();
            mappingChoice.setValue(loadedName);
            Notices.done("Saved mapping " + loadedName + ".");
        } catch (DomainException e) {
            Notices.refused(e.getMessage());
        } catch (PersistenceException | TransactionalException e) {
            LOG.log(Level.WARNING, "saving mapping '" + LogText.of(mappingName.getValue()) + "' failed", LogText.failure(e));
            Notices.refused("The mapping was not saved: the database refused it. Nothing was changed;"
                    + " try again, or save it under another name.");
        }
    }

    /** Deletes the loaded saved mapping (built-in ones cannot be), after the user confirms. */
    private void confirmDeleteMapping() {
        if (loadedName.isEmpty() || loadedVersion == 0) {
            return;
        }
        var name = loadedName;
        int version = loadedVersion;
        var confirm = new Button("Delete");
        confirm.setId("confirm-delete-mapping");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        var dialog = new ConfirmDialog();
        dialog.setHeader("Delete mapping " + name + "?");
        dialog.setText("The saved mapping is removed for everyone. Returns imported with it stay as they are.");
        dialog.setCancelable(true);
        dialog.setConfirmButton(confirm);
        confirm.addClickListener(e -> {
            dialog.close();
            deleteMapping(name, version);
        });
        dialog.setId("confirm-delete-mapping-dialog");
        dialog.open();
    }

    private void deleteMapping(String name, int version) {
        try {
            mappings.delete(name, version);
            loadedName = "";
            loadedVersion = 0;
            deleteButton.setEnabled(false);
            mappingName.clear();
            mappingChoice.clear();
            refreshMappingList();
            Notices.done("Deleted mapping " + name + ".");
        } catch (DomainException e) {
            Notices.refused(e.getMessage());
        }
    }

    // --- 3. the returns it fills ---

    private VerticalLayout returnsStep(ReturnService returns) {
        target.setId("target");
        target.setItems(NEW_RETURNS, EXISTING_RETURN);
        target.setValue(NEW_RETURNS);
        ref.setId("return-ref");
        force.setId("return-force");
        force.setItems(catalog.forces(null, null));
        force.setItemLabelGenerator(Force::shortName);
        force.setClearButtonVisible(true);
        periodStart.setId("period-start");
        periodEnd.setId("period-end");
        source.setId("return-source");
        receivedOn.setId("received-on");
        existing.setId("existing-return");
        existing.setItemLabelGenerator(r -> r.ref() + " · " + catalog.force(r.forceCode()).map(Force::shortName).orElse("")
                + " · " + r.periodStart() + "–" + r.periodEnd() + " · " + r.granularity());
        // only a RECORDS return can take rows (an AGGREGATE one's cells are stored), never a PUBLISHED one
        var fillable = new ReturnCriteria(null, List.of(ReturnStatus.DRAFT, ReturnStatus.VERIFIED), Granularity.RECORDS,
                null, null);
        existing.setItems(query -> returns.newestFirst(fillable, query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        existing.setHelperText("a RECORDS return that is not PUBLISHED; type part of its reference");
        existing.addValueChangeListener(e -> clearCheck());
        existing.setVisible(false);
        var newReturn = new FormLayout(ref, force, periodStart, periodEnd, source, receivedOn);
        target.addValueChangeListener(e -> {
            boolean fresh = NEW_RETURNS.equals(e.getValue());
            newReturn.setVisible(fresh);
            existing.setVisible(!fresh);
            clearCheck();
        });
        return step("3. The returns it fills", target, newReturn, existing);
    }

    private ExistingReturn existingTarget() {
        if (NEW_RETURNS.equals(target.getValue()) || existing.getValue() == null) {
            return null;
        }
        var r = existing.getValue();
        return new ExistingReturn(r.ref(), r.forceCode(), r.periodStart(), r.periodEnd(), r.granularity());
    }

    // --- 4. check and preview ---

    private VerticalLayout checkStep() {
        var check = new Button("Check the file", e -> check());
        check.setId("check");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        status.setId("check-status");
        planned.setId("planned-returns");
        planned.addThemeVariants(GridVariant.LUMO_COMPACT);
        planned.setAllRowsVisible(true);
        planned.addColumn(uk.nciistats.mapping.PlannedReturn::ref).setHeader("Return").setAutoWidth(true);
        planned.addColumn(p -> catalog.force(p.forceCode()).map(Force::shortName).orElse(p.forceCode()))
                .setHeader("Force").setAutoWidth(true);
        planned.addColumn(uk.nciistats.mapping.PlannedReturn::granularity).setHeader("Granularity").setAutoWidth(true);
        planned.addColumn(uk.nciistats.mapping.PlannedReturn::rows).setHeader("Rows").setAutoWidth(true);
        planned.addColumn(p -> (p.isNew() ? "new: " : "") + p.why()).setHeader("Why").setFlexGrow(1);
        planned.setVisible(false);
        problems.setId("problems");
        preview.setId("preview");
        preview.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        preview.setHeight("28rem");
        preview.addColumn(PreviewRow::row).setHeader("Row").setAutoWidth(true);
        preview.addColumn(PreviewRow::returnRef).setHeader("Return").setAutoWidth(true);
        preview.addColumn(PreviewRow::force).setHeader("Force").setAutoWidth(true);
        preview.addColumn(PreviewRow::reportedOn).setHeader("Reported on").setAutoWidth(true);
        preview.addColumn(PreviewRow::age).setHeader("Age").setAutoWidth(true);
        preview.addColumn(PreviewRow::gender).setHeader("Gender").setAutoWidth(true);
        preview.addColumn(PreviewRow::platforms).setHeader("Platforms").setAutoWidth(true);
        preview.addColumn(PreviewRow::outcome).setHeader("Outcome").setAutoWidth(true);
        preview.addColumn(r -> String.join("; ", r.problems())).setHeader("Problems").setFlexGrow(1);
        preview.setVisible(false);
        return step("4. Check every row", check, status, planned, unmappedEditor, problems, preview);
    }

    private void check() {
        clearCheck();
        if (sheet == null) {
            Notices.refused("Upload a spreadsheet first.");
            return;
        }
        mapping = mappingFromForm();
        translation = spreadsheets.translate(sheet, mapping, existingTarget());
        ImportCheck dryRun = null;
        if (translation.ready()) {
            try {
                dryRun = spreadsheets.check(translation);
            } catch (DomainException e) {
                Notices.refused(e.getMessage());
                return;
            }
        }
        showCheck(translation, dryRun);
    }

    private void showCheck(Translation t, ImportCheck dryRun) {
        planned.setItems(t.returns());
        planned.setVisible(!t.returns().isEmpty());
        unmappedEditor.show(t.unmapped());
        var rows = t.rows();
        problems.removeAll();
        t.problems().stream().limit(PREVIEW_PROBLEMS_SHOWN).forEach(p -> problems.add(new ListItem(
                (p.row() == 0 ? "The file" : "Row " + p.row()) + (p.column().isEmpty() ? "" : ", " + p.column())
                        + ": " + p.message() + " [" + p.rule() + "]")));
        if (dryRun != null) {
            var byRow = new HashMap<Integer, List<String>>();
            dryRun.problems().forEach(p -> {
                problems.add(new ListItem("The import: " + p.describe()));
                p.rows().forEach(r -> byRow.computeIfAbsent(r, k -> new java.util.ArrayList<>()).add(p.problem().message()));
            });
            rows = rows.stream().map(r -> {
                var more = byRow.getOrDefault(r.row(), List.of());
                var row = r;
                for (var m : more) {
                    row = row.withProblem(m);
                }
                return row;
            }).toList();
        }
        preview.setItems(rows);
        preview.setVisible(true);
        boolean passes = t.ready() && dryRun != null && dryRun.passed();
        var summary = new StringBuilder(count(t.rows().size(), "row") + " read into " + count(t.returns().size(), "return"));
        if (t.emptyRowsSkipped() > 0) {
            summary.append(" (").append(t.emptyRowsSkipped()).append(" empty rows skipped)");
        }
        summary.append(". ");
        if (passes) {
            var report = dryRun.report();
            summary.append("Ready to import: ").append(count(report.returns(), "return")).append(", ")
                    .append(count(report.reports(), "report")).append(", ").append(count(report.counts(), "published cell"))
                    .append(".");
        } else {
            summary.append("Not ready: ").append(count(t.unmapped().size(), "value")).append(" no mapping covers, ")
                    .append(count(t.problems().size() + (dryRun == null ? 0 : dryRun.problems().size()), "problem"))
                    .append(". Nothing can be imported until they are solved.");
        }
        status.setText(summary.toString());
        commit.setEnabled(passes);
    }

    private void applyMeanings(Map<UnmappedValue, String> meanings) {
        meanings.forEach((value, meaning) ->
                valueEntries.computeIfAbsent(value.field(), f -> new java.util.LinkedHashMap<>()).put(value.key(), meaning));
        entriesEditor.show(valueEntries);
        check();
    }

    /**
     * What is imported is the translation last checked, so any change of what the translation
     * depends on (columns, markers, month dates, the return's details, its target) withdraws the
     * check: Import stays disabled until the file is checked again.
     */
    private void clearCheckOnEveryChange() {
        columnChoices.values().forEach(choice -> choice.addValueChangeListener(e -> clearCheck()));
        platformColumns.addValueChangeListener(e -> clearCheck());
        unknownMarkers.addValueChangeListener(e -> clearCheck());
        monthDates.addValueChangeListener(e -> clearCheck());
        ref.addValueChangeListener(e -> clearCheck());
        force.addValueChangeListener(e -> clearCheck());
        periodStart.addValueChangeListener(e -> clearCheck());
        periodEnd.addValueChangeListener(e -> clearCheck());
        source.addValueChangeListener(e -> clearCheck());
        receivedOn.addValueChangeListener(e -> clearCheck());
    }

    private void clearCheck() {
        translation = null;
        commit.setEnabled(false);
        status.setText("");
        result.setText("");
        problems.removeAll();
        planned.setVisible(false);
        unmappedEditor.setVisible(false);
        preview.setVisible(false);
    }

    // --- 5. the import ---

    private VerticalLayout commitStep() {
        commit.setId("commit");
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        commit.setEnabled(false);
        commit.addClickListener(e -> startImport());
        progress.setId("progress");
        progress.setVisible(false);
        progressText.setId("progress-text");
        result.setId("import-result");
        return step("5. Import, all or nothing", commit, progress, progressText, result);
    }

    private void startImport() {
        var ui = UI.getCurrent();
        var importing = translation;
        if (importing == null) {
            Notices.refused("Check the file again: the form changed since the last check.");
            commit.setEnabled(false);
            return;
        }
        long lines = importing.returnsFile().lines().size() + importing.reportCount() + importing.countsFile().lines().size();
        var done = new java.util.concurrent.ConcurrentHashMap<String, Long>();
        commit.setEnabled(false);
        progress.setVisible(true);
        progress.setMin(0);
        progress.setMax(Math.max(1, lines));
        progress.setValue(0);
        progressText.setText("Importing...");
        ui.setPollInterval(500);
        background.start(callers.current(), importing, (stage, file, rows) -> {
            done.put(file, rows);
            long sum = done.values().stream().mapToLong(Long::longValue).sum();
            ui.access(() -> {
                progress.setValue(Math.min(sum, lines));
                progressText.setText(stage + " " + file + ": " + rows + " rows");
            });
        }).whenComplete((answer, failure) -> ui.access(() -> finished(ui, answer, failure)));
    }

    private void finished(UI ui, ImportCheck answer, Throwable failure) {
        ui.setPollInterval(-1);
        progress.setVisible(false);
        progressText.setText("");
        if (failure != null) {
            var why = "Nothing was imported: " + ImportFailures.sentence(failure);
            result.setText(why);
            Notices.refused(why);
            commit.setEnabled(true);
            return;
        }
        var report = answer.report();
        if (answer.passed() && report.stored()) {
            result.setText("Imported " + report.returns() + (report.returns() == 1 ? " return (" : " returns (")
                    + String.join(", ", report.returnRefs()) + ") with " + report.reports() + " reports and "
                    + report.counts() + " published cells. Imported returns are DRAFT until verified.");
            Notices.done("Imported " + report.returns() + " returns.");
        } else {
            result.setText("Nothing was imported: the import found " + report.problemCount() + " problems.");
            answer.problems().stream().limit(PREVIEW_PROBLEMS_SHOWN)
                    .forEach(p -> problems.add(new ListItem("The import: " + p.describe())));
        }
    }

    private static String count(long n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }

    private static VerticalLayout step(String title, com.vaadin.flow.component.Component... parts) {
        var step = new VerticalLayout(new H3(title));
        step.add(parts);
        step.setPadding(false);
        step.getStyle().set("border-top", "1px solid var(--lumo-contrast-10pct)");
        return step;
    }
}
