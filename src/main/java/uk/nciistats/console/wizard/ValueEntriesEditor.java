package uk.nciistats.console.wizard;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.shared.Registration;
import uk.nciistats.dataimport.spreadsheet.Field;

import java.util.ArrayList;
import java.util.Map;

/**
 * The value entries of the mapping being edited — what each free-text value means — so a wrong
 * one can be seen and removed (the value then comes back as unmapped at the next check, to be
 * mapped again).
 */
class ValueEntriesEditor extends Details {
    /** One entry: in {@code field}, {@code text} means {@code meaning} ("" = not known). */
    record Entry(Field field, String text, String meaning) {
    }

    private final Grid<Entry> grid = new Grid<>();

    ValueEntriesEditor() {
        setId("value-entries");
        grid.setId("value-entries-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("16rem");
        grid.addColumn(e -> e.field().label()).setHeader("Field").setAutoWidth(true);
        grid.addColumn(Entry::text).setHeader("Value").setAutoWidth(true);
        grid.addColumn(e -> MeaningChoices.shortLabel(e.field(), MeaningChoices.item(e.meaning()))).setHeader("Means")
                .setAutoWidth(true);
        grid.addComponentColumn(this::removeButton).setHeader("").setAutoWidth(true);
        add(grid);
        show(Map.of());
    }

    void show(Map<Field, Map<String, String>> entries) {
        var rows = new ArrayList<Entry>();
        entries.forEach((field, values) -> values.forEach((text, meaning) -> rows.add(new Entry(field, text, meaning))));
        rows.sort(java.util.Comparator.comparing(Entry::field).thenComparing(Entry::text));
        grid.setItems(rows);
        setSummaryText("What each value means (" + rows.size() + " entries)");
    }

    Registration addRemoveListener(ComponentEventListener<RemoveEvent> listener) {
        return addListener(RemoveEvent.class, listener);
    }

    private Button removeButton(Entry entry) {
        var remove = new Button("Remove", e -> fireEvent(new RemoveEvent(this, entry)));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        remove.setId("remove-entry-" + entry.field().name() + "-" + entry.text().replaceAll("[^a-z0-9]+", "-"));
        return remove;
    }

    /** The user removed an entry. */
    static final class RemoveEvent extends ComponentEvent<ValueEntriesEditor> {
        private final Entry entry;

        RemoveEvent(ValueEntriesEditor source, Entry entry) {
            super(source, false);
            this.entry = entry;
        }

        Entry entry() {
            return entry;
        }
    }
}
