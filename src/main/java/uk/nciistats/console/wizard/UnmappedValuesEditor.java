package uk.nciistats.console.wizard;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import uk.nciistats.dataimport.spreadsheet.UnmappedValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The values no mapping covers, one per line with where it appears, what the wizard suggests and
 * a choice of what it means. Suggestions are shown, never taken until the user takes them (one by
 * one, or all at once with a button). "Apply meanings" hands the chosen meanings to the view.
 */
class UnmappedValuesEditor extends VerticalLayout {
    private final MeaningChoices choices;
    private final Grid<UnmappedValue> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final Map<UnmappedValue, ComboBox<String>> meanings = new HashMap<>();
    private List<UnmappedValue> shown = List.of();

    UnmappedValuesEditor(MeaningChoices choices) {
        this.choices = choices;
        setPadding(false);
        summary.setId("unmapped-summary");
        grid.setId("unmapped-values");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        // three columns that fit 1280 px beside the menu: the value (with where it is), the suggestion, the choice
        grid.addComponentColumn(UnmappedValuesEditor::value).setHeader("Value, and where it is").setWidth("16rem")
                .setFlexGrow(1);
        grid.addComponentColumn(this::suggestion).setHeader("Suggestion").setWidth("19.5rem").setFlexGrow(0);
        grid.addComponentColumn(u -> meanings.get(u)).setHeader("Means").setWidth("18rem").setFlexGrow(0);
        var acceptAll = new Button("Take every suggestion", e -> shown.forEach(this::takeSuggestion));
        acceptAll.setId("accept-suggestions");
        var apply = new Button("Apply meanings and check again", e -> fireEvent(new ApplyEvent(this, chosen())));
        apply.setId("apply-meanings");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        setId("unmapped-editor");
        add(new H3("Values no mapping covers"), summary, new HorizontalLayout(acceptAll, apply), grid);
    }

    void show(List<UnmappedValue> unmapped) {
        shown = List.copyOf(unmapped);
        meanings.clear();
        for (int i = 0; i < shown.size(); i++) {
            meanings.put(shown.get(i), meaning(shown.get(i), i));
        }
        summary.setText((shown.size() == 1 ? "1 value stops" : shown.size() + " values stop")
                + " the import until you say what each one means. Nothing is guessed: take a suggestion or choose."
                + " A value in several columns is asked once. Hover a suggestion to see why it is made.");
        grid.setItems(shown);
        setVisible(!shown.isEmpty());
    }

    Registration addApplyListener(ComponentEventListener<ApplyEvent> listener) {
        return addListener(ApplyEvent.class, listener);
    }

    private ComboBox<String> meaning(UnmappedValue value, int index) {
        var items = new ArrayList<>(choices.of(value.field()));
        var combo = new ComboBox<String>();
        combo.setId("meaning-" + index);
        combo.setItems(items);
        combo.setItemLabelGenerator(item -> choices.label(value.field(), item));
        combo.setAllowCustomValue(true);
        combo.setPlaceholder("choose or type");
        combo.setWidthFull();
        combo.setMinWidth("16rem");
        // the choices' labels are long (Home Office outcome titles, force names): a drop-down wide enough to read them
        combo.getStyle().set("--vaadin-combo-box-overlay-width", "36rem");
        combo.setAriaLabel("What '" + value.text() + "' means");
        combo.addCustomValueSetListener(e -> {
            if (!items.contains(e.getDetail())) {
                items.add(e.getDetail());
                combo.setItems(items);
            }
            combo.setValue(e.getDetail());
        });
        return combo;
    }

    private static Div value(UnmappedValue u) {
        var text = new Span(u.text());
        text.getStyle().set("font-weight", "500");
        var where = new Span(u.field().label() + " · column " + u.column() + " · rows " + rows(u.rows()));
        where.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        return new Div(text, where);
    }

    private Button suggestion(UnmappedValue value) {
        var button = new Button();
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setId("suggestion-" + shown.indexOf(value));
        value.suggestion().ifPresentOrElse(s -> {
            var item = MeaningChoices.item(s.target());
            boolean catchAll = MeaningChoices.isCatchAll(value.field(), item);
            button.setText("Take " + MeaningChoices.shortLabel(value.field(), item) + (catchAll ? " (catch-all)" : ""));
            button.setTooltipText(s.why());
            if (catchAll) {
                button.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
            button.addClickListener(e -> takeSuggestion(value));
        }, () -> button.setVisible(false));
        return button;
    }

    private void takeSuggestion(UnmappedValue value) {
        value.suggestion().ifPresent(s -> {
            var combo = meanings.get(value);
            var item = MeaningChoices.item(s.target());
            if (!choices.of(value.field()).contains(item)) {
                var items = new ArrayList<>(choices.of(value.field()));
                items.add(item);
                combo.setItems(items);
            }
            combo.setValue(item);
        });
    }

    private Map<UnmappedValue, String> chosen() {
        return meanings.entrySet().stream().filter(e -> e.getValue().getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> MeaningChoices.target(e.getValue().getValue())));
    }

    private static String rows(List<Integer> rows) {
        var first = rows.stream().limit(4).map(String::valueOf).collect(Collectors.joining(", "));
        return rows.size() > 4 ? first + " … (" + rows.size() + ")" : first;
    }

    /** The user chose meanings for some of the values. */
    static final class ApplyEvent extends ComponentEvent<UnmappedValuesEditor> {
        private final Map<UnmappedValue, String> meanings;

        ApplyEvent(UnmappedValuesEditor source, Map<UnmappedValue, String> meanings) {
            super(source, false);
            this.meanings = meanings;
        }

        Map<UnmappedValue, String> meanings() {
            return meanings;
        }
    }
}
