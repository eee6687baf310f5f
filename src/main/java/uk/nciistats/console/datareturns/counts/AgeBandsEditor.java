package uk.nciistats.console.datareturns.counts;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import uk.nciistats.returns.CountCell;
import uk.nciistats.returns.PublishedCells;

import java.util.ArrayList;
import java.util.List;

/**
 * The age cells of a return as the force published them: a band ("0-17", "18+") and its count per
 * row, rows added as needed, and the count of victims whose age is not known.
 */
class AgeBandsEditor extends FlexLayout {
    /** One band and its count. */
    record Row(TextField band, IntegerField count, HorizontalLayout layout) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final Runnable changed;
    private final FlexLayout bands = new FlexLayout();
    final IntegerField unknown = CountFields.count("Age not known", "age-count-UNKNOWN");
    final Button addBand = new Button("Add age band", VaadinIcon.PLUS.create(), e -> addRow("", null).band().focus());

    AgeBandsEditor(Runnable changed) {
        this.changed = changed;
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(Alignment.BASELINE);
        getStyle().set("gap", "0 var(--lumo-space-m)");
        bands.setFlexWrap(FlexWrap.WRAP);
        bands.getStyle().set("gap", "0 var(--lumo-space-l)");
        addBand.setId("add-age-band");
        addBand.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        unknown.addValueChangeListener(e -> changed.run());
        add(bands, unknown, addBand);
    }

    /** Shows the stored AGE cells; with none, two empty rows to type bands into. */
    void edit(List<CountCell> cells) {
        rows.clear();
        bands.removeAll();
        unknown.clear();
        for (var c : cells) {
            if (c.category().equals(PublishedCells.UNKNOWN)) {
                unknown.setValue(c.count());
            } else {
                addRow(c.category(), c.count());
            }
        }
        while (rows.size() < 2) {
            addRow("", null);
        }
    }

    /** The band rows, then a row for UNKNOWN (its band fixed). */
    List<Row> rows() {
        var all = new ArrayList<>(rows);
        var unknownBand = new TextField();
        unknownBand.setValue(unknown.getValue() == null ? "" : PublishedCells.UNKNOWN);
        all.add(new Row(unknownBand, unknown, null));
        return all;
    }

    void clearMarks() {
        rows.forEach(r -> {
            r.band().setInvalid(false);
            r.count().setInvalid(false);
        });
        unknown.setInvalid(false);
    }

    void setReadOnly(boolean readOnly) {
        rows.forEach(r -> {
            r.band().setReadOnly(readOnly);
            r.count().setReadOnly(readOnly);
        });
        unknown.setReadOnly(readOnly);
        addBand.setVisible(!readOnly);
    }

    Row addRow(String band, Integer count) {
        int n = rows.size();
        var bandField = new TextField("Age band");
        bandField.setId("age-band-" + n);
        bandField.setPlaceholder("e.g. 0-17 or 18+");
        bandField.setWidth("8em");
        bandField.setValue(band);
        bandField.setValueChangeMode(ValueChangeMode.EAGER);
        var countField = CountFields.count("Reports", "age-count-" + n);
        countField.setValue(count);
        var layout = new HorizontalLayout(bandField, countField);
        layout.setSpacing(false);
        layout.getStyle().set("gap", "var(--lumo-space-xs)");
        var row = new Row(bandField, countField, layout);
        rows.add(row);
        bands.add(layout);
        bandField.addValueChangeListener(e -> changed.run());
        countField.addValueChangeListener(e -> changed.run());
        return row;
    }
}
