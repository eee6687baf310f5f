package uk.nciistats.console.datareturns.counts;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.FlexComponent.JustifyContentMode;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.shared.Registration;
import uk.nciistats.console.account.Sentences;
import uk.nciistats.console.datareturns.CategoryNames;
import uk.nciistats.returns.CountCell;
import uk.nciistats.returns.CountDimension;
import uk.nciistats.returns.Gender;
import uk.nciistats.returns.Outcome;
import uk.nciistats.returns.Platform;
import uk.nciistats.returns.PublishedCells;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The published cells of an AGGREGATE return, one field per cell, grouped by dimension: TOTAL, age
 * bands (as the force published them), outcomes, genders, platforms. An empty field is a cell not
 * published; 0 is a published zero. As the user types, {@link PublishedCells}' rules are checked
 * and every cell at fault is marked with the rule it breaks. Fires {@link SaveEvent} with the cells
 * as typed and knows no service; the server's verdict comes back through {@link #showRefusal}.
 */
public class CountsEditor extends VerticalLayout {
    static final String PREFIX = "cells";
    final IntegerField total = CountFields.total();
    final AgeBandsEditor ages = new AgeBandsEditor(this::check);
    final Map<String, IntegerField> categories = new LinkedHashMap<>();
    final Button save = new Button("Save counts", e -> fireEvent(new SaveEvent(this, cells())));
    final Button undo = new Button("Undo my changes");
    final UnorderedList problems = new UnorderedList();
    private final Map<CountDimension, Span> sums = new LinkedHashMap<>();
    private List<CountCell> stored = List.of();
    private boolean loading;

    public CountsEditor() {
        setPadding(false);
        setSpacing(false);
        setId("counts-editor");
        add(section("Total", CountDimension.TOTAL, total));
        add(section("Age of the victim", CountDimension.AGE, ages));
        add(section("Outcome", CountDimension.OUTCOME, fields(CountDimension.OUTCOME, Outcome.values())));
        add(section("Gender of the victim", CountDimension.GENDER, fields(CountDimension.GENDER, Gender.values())));
        var platforms = fields(CountDimension.PLATFORM, Platform.values());
        platforms.add(categoryField(CountDimension.PLATFORM, PublishedCells.NONE, "No platform"));
        add(section("Platforms (a report may name several)", CountDimension.PLATFORM, platforms));
        problems.setId("counts-problems");
        problems.getStyle().set("color", "var(--lumo-error-text-color)").set("margin", "0");
        save.setId("save-counts");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        undo.setId("undo-counts");
        undo.addClickListener(e -> edit(stored, true));
        add(actionBar());
        total.addValueChangeListener(e -> check());
    }

    /** Shows the stored cells; a return that cannot change shows them read-only. */
    public void edit(List<CountCell> cells, boolean changeable) {
        stored = List.copyOf(cells);
        loading = true;
        try {
            total.clear();
            categories.values().forEach(IntegerField::clear);
            var bands = new ArrayList<CountCell>();
            for (var c : cells) {
                switch (c.dimension()) {
                    case TOTAL -> total.setValue(c.count());
                    case AGE -> bands.add(c);
                    default -> {
                        var field = categories.get(key(c.dimension(), c.category()));
                        if (field != null) {
                            field.setValue(c.count());
                        }
                    }
                }
            }
            ages.edit(bands);
        } finally {
            loading = false;
        }
        setReadOnly(!changeable);
        check();
    }

    /** The cells as typed, in the order of the form: an empty field publishes no cell. */
    public List<PublishedCells.Input> cells() {
        return typed().inputs();
    }

    /** The cells as typed, keyed "TOTAL", "AGE 0-17", "OUTCOME CHARGED": what a conflict compares. */
    public Map<String, String> cellsByKey() {
        var byKey = new LinkedHashMap<String, String>();
        for (var in : cells()) {
            byKey.put(key(in.dimension(), in.category()), in.count() == null ? "" : in.count().toString());
        }
        return byKey;
    }

    /** Checks the cells as typed, marks every cell at fault and lists the problems; answers the verdict. */
    public PublishedCells.Checked check() {
        if (loading) {
            return null;
        }
        var typed = typed();
        var checked = PublishedCells.check(typed.inputs(), PREFIX);
        clearMarks();
        problems.removeAll();
        for (int i = 0; i < checked.problems().size(); i++) {
            var problem = checked.problems().get(i);
            // in the console the only way to miss the TOTAL cell is an empty or unreadable total field
            var message = problem.rule().equals("missing-total") ? CountFields.TOTAL_WANTED : inWords(problem.message());
            problems.add(new ListItem(message));
            for (int cell : checked.concerned().get(i)) {
                mark(typed.fieldFor(cell, PublishedCells.propertyOf(problem)), message);
            }
            if (problem.rule().equals("missing-total")) {
                mark(total, message);
            }
        }
        showSums(typed);
        return checked;
    }

    /**
     * Shows the server's refusal: its message above the buttons, and the cells at fault marked by the
     * same rules ({@code field} is the one the refusal names, e.g. {@code cells[3].count}).
     */
    public void showRefusal(String field, String message) {
        var checked = check();
        var typed = typed();
        if (field != null && field.startsWith(PREFIX + "[")) {
            var problem = new uk.nciistats.errors.ValidationException.Problem(field, message);
            mark(typed.fieldFor(PublishedCells.cellOf(problem, PREFIX), PublishedCells.propertyOf(problem)), inWords(message));
        }
        boolean markedHere = checked != null && !checked.valid();
        if (!markedHere) {
            problems.removeAll();
        }
        // the same rules already name each problem below: say only that nothing was stored
        var refusal = new ListItem(markedHere ? "Not saved: the server refused the cells marked in red, for the reasons below."
                : "Not saved: " + inWords(message));
        refusal.setId("counts-refusal");
        problems.addComponentAsFirst(refusal);
    }

    public void setReadOnly(boolean readOnly) {
        total.setReadOnly(readOnly);
        categories.values().forEach(f -> f.setReadOnly(readOnly));
        ages.setReadOnly(readOnly);
        save.setVisible(!readOnly);
        undo.setVisible(!readOnly);
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** "TOTAL" or "AGE 0-17": how a cell is named to people and in conflicts. */
    public static String key(String dimension, String category) {
        return category == null || category.isBlank() ? dimension : dimension + " " + category;
    }

    static String key(CountDimension dimension, String category) {
        return key(dimension.name(), category);
    }

    /** A problem's message without the positions only a program reads ("of cells[2]"). */
    static String inWords(String message) {
        return Sentences.inWords(message).replaceAll(" of " + PREFIX + "\\[\\d+\\]", "");
    }

    private TypedCells typed() {
        return TypedCells.of(total, ages, categories);
    }

    private void showSums(TypedCells typed) {
        var added = typed.sums();
        sums.forEach((dimension, span) -> {
            var sum = added.get(dimension.name());
            if (dimension == CountDimension.TOTAL || sum == null) {
                span.setText(dimension == CountDimension.TOTAL ? "" : "not published");
            } else if (dimension == CountDimension.PLATFORM) {
                span.setText("add up to " + sum + " (a report may name several platforms)");
            } else {
                var t = total.getValue();
                span.setText("add up to " + sum + (t == null || sum > t ? "" : " of " + t + "; " + (t - sum) + " not stated"));
            }
        });
    }

    private void clearMarks() {
        total.setInvalid(false);
        categories.values().forEach(f -> f.setInvalid(false));
        ages.clearMarks();
    }

    private static void mark(HasValidation field, String message) {
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }

    /**
     * The problems and Save / Undo, kept at the bottom of the window while the cells above scroll
     * (at 1280×800 the platforms end below it), so that saving never needs a scroll and a refusal is
     * read where the button was pressed; at the end of the cells it sits in its place.
     */
    private Div actionBar() {
        var buttons = new HorizontalLayout(save, undo);
        buttons.setPadding(false);
        // at the right end: a notice ("Saved return…", bottom left for 4 s) never covers Save
        buttons.setWidthFull();
        buttons.setJustifyContentMode(JustifyContentMode.END);
        var bar = new Div(problems, buttons);
        bar.setId("counts-actions");
        bar.setWidthFull();
        bar.getStyle().set("position", "sticky").set("bottom", "0").set("z-index", "1")
                .set("box-sizing", "border-box").set("padding", "var(--lumo-space-s) 0")
                .set("background", "var(--lumo-base-color)")
                .set("border-top", "1px solid var(--lumo-contrast-10pct)")
                .set("max-height", "40vh").set("overflow-y", "auto");
        return bar;
    }

    private Div section(String title, CountDimension dimension, com.vaadin.flow.component.Component fields) {
        var heading = new H4(title);
        heading.getStyle().set("margin", "var(--lumo-space-xs) 0 0 0");
        var sum = new Span();
        sum.setId("sum-" + dimension.name());
        sum.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        sums.put(dimension, sum);
        var head = new HorizontalLayout(heading, sum);
        head.setAlignItems(Alignment.BASELINE);
        var section = new Div(head, fields);
        section.setWidthFull();
        return section;
    }

    private FlexLayout fields(CountDimension dimension, Enum<?>[] values) {
        var row = new FlexLayout();
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "0 var(--lumo-space-s)");
        for (var value : values) {
            row.add(categoryField(dimension, value.name(), CategoryNames.of(value)));
        }
        return row;
    }

    private IntegerField categoryField(CountDimension dimension, String category, String label) {
        var field = CountFields.count(label, "count-" + dimension.name() + "-" + category);
        categories.put(key(dimension, category), field);
        field.addValueChangeListener(e -> check());
        return field;
    }

    /** The user asked to save the cells as typed. */
    public static class SaveEvent extends ComponentEvent<CountsEditor> {
        private final List<PublishedCells.Input> cells;

        SaveEvent(CountsEditor source, List<PublishedCells.Input> cells) {
            super(source, false);
            this.cells = List.copyOf(cells);
        }

        public List<PublishedCells.Input> cells() {
            return cells;
        }
    }
}
