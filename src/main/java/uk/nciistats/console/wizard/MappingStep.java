package uk.nciistats.console.wizard;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import uk.nciistats.console.layout.TypedChoice;
import uk.nciistats.dataimport.spreadsheet.Field;
import uk.nciistats.dataimport.spreadsheet.Mapping;
import uk.nciistats.dataimport.spreadsheet.MonthDates;
import uk.nciistats.dataimport.spreadsheet.ReturnDefaults;
import uk.nciistats.dataimport.spreadsheet.UnmappedValue;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Step 2: the mapping — a saved or built-in one to start from, which column feeds which field, the
 * texts that mean "not known", what a month without a day becomes, and what each value means. It
 * takes the mapping names and the file's columns, and fires load, save and delete (after the user
 * confirms) for the view to carry out.
 */
class MappingStep extends WizardStep {
    private final ComboBox<String> mappingChoice = new ComboBox<>("Start from a mapping");
    private final TextField mappingName = new TextField("Mapping name (to save it)");
    private final Map<Field, ComboBox<String>> columnChoices = new EnumMap<>(Field.class);
    private final MultiSelectComboBox<String> platformColumns = new MultiSelectComboBox<>(Field.PLATFORMS.label());
    private final TextField unknownMarkers = new TextField("Texts that mean \"not known\"");
    private final Select<MonthDates> monthDates = new Select<>();
    private final ValueEntriesEditor entriesEditor = new ValueEntriesEditor();
    private final Button deleteButton = new Button("Delete mapping");
    private Map<Field, Map<String, String>> valueEntries = new HashMap<>();
    private List<String> fileColumns;
    private String loadedName = "";

    MappingStep() {
        super("2. The mapping: which column feeds which field");
        mappingChoice.setId("mapping");
        mappingChoice.setWidth("22rem");
        mappingChoice.setClearButtonVisible(true);
        mappingChoice.setPlaceholder("a new mapping");
        mappingChoice.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                fireEvent(new MappingEvent(this, MappingEvent.Kind.LOAD, e.getValue()));
            }
        });
        mappingName.setId("mapping-name");
        var save = new Button("Save mapping", e -> fireEvent(new MappingEvent(this, MappingEvent.Kind.SAVE,
                mappingName.getValue().strip())));
        save.setId("save-mapping");
        deleteButton.setId("delete-mapping");
        deleteButton.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        deleteButton.addClickListener(e -> confirmDelete());
        deleteButton.setEnabled(false);
        var top = new HorizontalLayout(mappingChoice, mappingName, save, deleteButton);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        entriesEditor.setWidthFull();
        entriesEditor.addRemoveListener(e -> {
            var entries = valueEntries.get(e.entry().field());
            if (entries != null) {
                entries.remove(e.entry().text());
            }
            entriesEditor.show(valueEntries);
            changed();
        });
        add(top, columnsForm(), entriesEditor);
    }

    private FormLayout columnsForm() {
        var columns = new FormLayout();
        for (var field : Field.values()) {
            if (field == Field.PLATFORMS) {
                platformColumns.setId("column-PLATFORMS");
                platformColumns.setHelperText("one or more: Media 1, Media 2…");
                platformColumns.addValueChangeListener(e -> changed());
                TypedChoice.chooseByTyping(platformColumns);
                columns.add(platformColumns);
            } else {
                var choice = new ComboBox<String>(field.label());
                choice.setId("column-" + field.name());
                choice.setClearButtonVisible(true);
                choice.setPlaceholder("not in the file");
                choice.addValueChangeListener(e -> changed());
                TypedChoice.chooseByTyping(choice);
                columnChoices.put(field, choice);
                columns.add(choice);
            }
        }
        unknownMarkers.setId("unknown-markers");
        unknownMarkers.setHelperText("comma-separated; empty cells are always not known");
        unknownMarkers.addValueChangeListener(e -> changed());
        monthDates.setId("month-dates");
        monthDates.setLabel("A month without a day becomes");
        monthDates.setItems(MonthDates.values());
        monthDates.setItemLabelGenerator(m -> m == MonthDates.FIRST_DAY_IN_PERIOD
                ? "its first day inside the period" : "no date (undated report)");
        monthDates.addValueChangeListener(e -> changed());
        columns.add(unknownMarkers, monthDates);
        return columns;
    }

    void setMappingNames(List<String> names) {
        mappingChoice.setItems(names);
    }

    /** The file's columns (null: no file yet, and the mapping's own columns are offered). */
    void setFileColumns(List<String> columns) {
        this.fileColumns = columns == null ? null : List.copyOf(columns);
    }

    /** Shows {@code m}; {@code savedName} is the saved mapping it was loaded from ("" for none, or a built-in one). */
    void show(Mapping m, String savedName, boolean deletable) {
        loadedName = savedName;
        deleteButton.setEnabled(deletable);
        if (!savedName.isEmpty()) {
            mappingName.setValue(savedName);
        }
        valueEntries = new HashMap<>();
        m.values().forEach((field, entries) -> valueEntries.put(field, new LinkedHashMap<>(entries)));
        entriesEditor.show(valueEntries);
        // before a file is uploaded, the mapping's own columns are the choices, so the user sees them
        var available = fileColumns != null ? fileColumns : List.copyOf(m.columnsRead());
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
    }

    /** After a save: the mapping is stored under its name, and can be deleted. */
    void saved(String name, List<String> names) {
        loadedName = name;
        deleteButton.setEnabled(true);
        setMappingNames(names);
        mappingChoice.setValue(name);
    }

    /** After a delete: nothing is loaded. */
    void deleted(List<String> names) {
        loadedName = "";
        deleteButton.setEnabled(false);
        mappingName.clear();
        mappingChoice.clear();
        setMappingNames(names);
    }

    String loadedName() {
        return loadedName;
    }

    /** The mapping as the form shows it, with the return details {@code defaults}. */
    Mapping mapping(ReturnDefaults defaults) {
        var columns = new EnumMap<Field, List<String>>(Field.class);
        columnChoices.forEach((field, choice) -> {
            if (choice.getValue() != null) {
                columns.put(field, List.of(choice.getValue()));
            }
        });
        if (!platformColumns.getValue().isEmpty()) {
            columns.put(Field.PLATFORMS, fileColumns == null ? List.copyOf(platformColumns.getValue())
                    : fileColumns.stream().filter(platformColumns.getValue()::contains).toList());
        }
        var markers = Arrays.stream(unknownMarkers.getValue().split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
        return new Mapping(mappingName.getValue(), columns, defaults, markers, valueEntries, monthDates.getValue());
    }

    /** Adds what the user said values mean to the mapping's entries. */
    void addMeanings(Map<UnmappedValue, String> meanings) {
        meanings.forEach((value, meaning) ->
                valueEntries.computeIfAbsent(value.field(), f -> new LinkedHashMap<>()).put(value.key(), meaning));
        entriesEditor.show(valueEntries);
    }

    Registration addMappingListener(ComponentEventListener<MappingEvent> listener) {
        return addListener(MappingEvent.class, listener);
    }

    private void confirmDelete() {
        if (loadedName.isEmpty()) {
            return;
        }
        var name = loadedName;
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
            fireEvent(new MappingEvent(this, MappingEvent.Kind.DELETE, name));
        });
        dialog.setId("confirm-delete-mapping-dialog");
        dialog.open();
    }

    /** The user wants a mapping loaded, the form saved under a name, or a saved mapping deleted (confirmed). */
    static final class MappingEvent extends ComponentEvent<MappingStep> {
        enum Kind { LOAD, SAVE, DELETE }

        private final Kind kind;
        private final String name;

        MappingEvent(MappingStep source, Kind kind, String name) {
            super(source, false);
            this.kind = kind;
            this.name = name;
        }

        Kind kind() {
            return kind;
        }

        String name() {
            return name;
        }
    }
}
