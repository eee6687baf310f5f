package uk.nciistats.console.dashboard;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;
import uk.nciistats.console.layout.IsoDatePicker;
import uk.nciistats.reference.Force;
import uk.nciistats.reference.Offence;
import uk.nciistats.returns.ReturnStatus;

import java.util.List;

/**
 * The filters of {@code cohortStats} the dashboard offers: forces, region, period, offence, and
 * statuses for those who may choose them. Takes the choices, knows no service, and fires
 * {@link Changed} with the new filter whenever a field changes to something that can be asked.
 */
class DashboardFilters extends Div {
    final MultiSelectComboBox<Force> forces = new MultiSelectComboBox<>("Forces");
    final ComboBox<String> region = new ComboBox<>("Region");
    final DatePicker from = new IsoDatePicker("Period from");
    final DatePicker to = new IsoDatePicker("Period to");
    final ComboBox<Offence> offence = new ComboBox<>("Offence");
    final MultiSelectComboBox<ReturnStatus> statuses = new MultiSelectComboBox<>("Status");

    /** The filter changed; {@link #filter()} is what it now says. */
    static final class Changed extends ComponentEvent<DashboardFilters> {
        private final DashboardFilter filter;

        Changed(DashboardFilters source, DashboardFilter filter) {
            super(source, false);
            this.filter = filter;
        }

        DashboardFilter filter() {
            return filter;
        }
    }

    DashboardFilters(List<Force> allForces, List<String> regions, List<Offence> offences, boolean mayChooseStatus) {
        setId("dashboard-filters");
        addClassName("dashboard-filters");
        forces.setId("filter-forces");
        forces.setItems(allForces);
        forces.setItemLabelGenerator(Force::shortName);
        forces.setPlaceholder("All forces");
        forces.setClearButtonVisible(true);
        region.setId("filter-region");
        region.setItems(regions);
        region.setPlaceholder("All regions");
        region.setClearButtonVisible(true);
        from.setId("filter-from");
        to.setId("filter-to");
        IsoDatePicker.period(from, to);
        offence.setId("filter-offence");
        offence.setItems(offences);
        offence.setItemLabelGenerator(o -> o.code() + " · " + o.title());
        offence.setPlaceholder("All offences");
        offence.setClearButtonVisible(true);
        statuses.setId("filter-status");
        statuses.setItems(ReturnStatus.values());
        statuses.setPlaceholder("Every status");
        statuses.setClearButtonVisible(true);
        add(forces, region, from, to, offence);
        if (mayChooseStatus) {
            add(statuses);
        }
        forces.addValueChangeListener(e -> changed());
        region.addValueChangeListener(e -> changed());
        from.addValueChangeListener(e -> changed());
        to.addValueChangeListener(e -> changed());
        offence.addValueChangeListener(e -> changed());
        statuses.addValueChangeListener(e -> changed());
    }

    Registration addChangedListener(ComponentEventListener<Changed> listener) {
        return addListener(Changed.class, listener);
    }

    DashboardFilter filter() {
        return new DashboardFilter(forces.getValue(), region.getValue(), from.getValue(), to.getValue(),
                offence.getValue(), statuses.getValue());
    }

    /** Tells the listeners, unless the period ends before it starts (the date fields say so themselves). */
    private void changed() {
        if (from.getValue() != null && to.getValue() != null && from.getValue().isAfter(to.getValue())) {
            return;
        }
        fireEvent(new Changed(this, filter()));
    }
}
