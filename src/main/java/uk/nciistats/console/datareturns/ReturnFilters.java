package uk.nciistats.console.datareturns;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import uk.nciistats.console.layout.IsoDatePicker;
import uk.nciistats.reference.Force;
import uk.nciistats.reference.Offence;
import uk.nciistats.returns.Granularity;
import uk.nciistats.returns.ReturnCriteria;
import uk.nciistats.returns.ReturnStatus;

import java.util.List;

/**
 * The search box and the filters of the returns list; gives the {@link ReturnCriteria} they make and
 * calls back when any of them changes. Knows nothing of the service: it is given the choices.
 */
class ReturnFilters extends FlexLayout {
    private final TextField search = new TextField();
    private final ComboBox<Force> force = new ComboBox<>("Force");
    private final ComboBox<String> region = new ComboBox<>("Region");
    private final ComboBox<Offence> offence = new ComboBox<>("Offence");
    private final IsoDatePicker from = new IsoDatePicker("Period from");
    private final IsoDatePicker to = new IsoDatePicker("Period to");
    private final ComboBox<ReturnStatus> status = new ComboBox<>("Status");
    private final ComboBox<Granularity> granularity = new ComboBox<>("Granularity");
    private final List<Runnable> clearListeners = new java.util.ArrayList<>();
    private boolean clearing;

    ReturnFilters(List<Force> forces, List<String> regions, List<Offence> offences) {
        search.setId("filter-text");
        search.setPlaceholder("Search reference, force, source");
        search.setAriaLabel("Search reference, force or source");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(ReturnCriteria.MAX_TEXT);
        search.setWidth("18rem");
        prepare(force, "filter-force", "9rem");
        force.setItems(forces);
        force.setItemLabelGenerator(Force::shortName);
        prepare(region, "filter-region", "8.5rem");
        region.setItems(regions);
        prepare(offence, "filter-offence", "8rem");
        offence.setItems(offences);
        offence.setItemLabelGenerator(Offence::code);
        prepare(from, "filter-from", "7.5rem");
        prepare(to, "filter-to", "7.5rem");
        IsoDatePicker.period(from, to);
        from.setPlaceholder(null); // too narrow for "YYYY-MM-DD" beside the other filters at 1280 px
        to.setPlaceholder(null);
        prepare(status, "filter-status", "8.5rem");
        status.setItems(ReturnStatus.values());
        prepare(granularity, "filter-granularity", "7rem");
        granularity.setItems(Granularity.values());
        var clear = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> clear());
        clear.setId("clear-filters");
        clear.setAriaLabel("Clear the search and the filters");
        clear.setTooltipText("Clear the search and the filters");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        add(force, region, offence, from, to, status, granularity, clear);
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        getStyle().set("gap", "0 var(--lumo-space-s)");
    }

    /** The search box, which the view places apart from the filters. */
    TextField searchBox() {
        return search;
    }

    /** Calls {@code listener} once for each change of the search or the filters (once for Clear filters). */
    void addChangeListener(Runnable listener) {
        fields().forEach(field -> field.addValueChangeListener(e -> {
            if (!clearing) {
                listener.run();
            }
        }));
        clearListeners.add(listener);
    }

    /** The status filter is left out where the list is of one status only (the returns to verify). */
    void showStatusFilter(boolean shown) {
        status.setVisible(shown);
    }

    /** What the search box and the filters ask for; an unset one narrows nothing. */
    ReturnCriteria criteria() {
        return new ReturnCriteria(
                force.getValue() == null ? null : List.of(force.getValue().code()),
                status.isVisible() && status.getValue() != null ? List.of(status.getValue()) : null,
                granularity.getValue(), from.getValue(), to.getValue(),
                region.getValue() == null ? null : List.of(region.getValue()),
                offence.getValue() == null ? null : List.of(offence.getValue().code()),
                search.getValue(), null);
    }

    private void clear() {
        clearing = true;
        try {
            fields().forEach(HasValue::clear);
        } finally {
            clearing = false;
        }
        clearListeners.forEach(Runnable::run);
    }

    private List<HasValue<?, ?>> fields() {
        return List.of(search, force, region, offence, from, to, status, granularity);
    }

    private static void prepare(Component field, String id, String width) {
        field.setId(id);
        field.getElement().getThemeList().add("small");
        ((com.vaadin.flow.component.HasSize) field).setWidth(width);
        if (field instanceof ComboBox<?> box) {
            box.setClearButtonVisible(true);
        }
    }
}
