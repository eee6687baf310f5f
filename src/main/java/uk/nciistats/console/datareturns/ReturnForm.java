package uk.nciistats.console.datareturns;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.RequiredFieldConfigurator;
import com.vaadin.flow.shared.Registration;
import jakarta.validation.constraints.NotBlank;
import uk.nciistats.console.account.Sentences;
import uk.nciistats.console.layout.IsoDatePicker;
import uk.nciistats.console.layout.TypedChoice;
import uk.nciistats.reference.Force;
import uk.nciistats.reference.Offence;
import uk.nciistats.returns.Granularity;

import java.util.List;
import java.util.Map;

/**
 * The description of one return. Receives the forces and offences to choose from and a bean to
 * edit; fires {@link SaveEvent}, {@link DeleteEvent} and {@link CloseEvent} and knows no service.
 * Its fields are package-private for {@code ReturnFormTest}.
 */
public class ReturnForm extends FormLayout {
    private final BeanValidationBinder<ReturnFormBean> binder = new BeanValidationBinder<>(ReturnFormBean.class);
    final TextField ref = new TextField("Reference");
    final ComboBox<Force> force = new ComboBox<>("Force");
    final ComboBox<Offence> offence = new ComboBox<>("Offence");
    final IsoDatePicker periodStart = new IsoDatePicker("Period start");
    final IsoDatePicker periodEnd = new IsoDatePicker("Period end");
    final Select<Granularity> granularity = new Select<>();
    final TextArea source = new TextArea("Source");
    final IsoDatePicker receivedOn = new IsoDatePicker("Received on");
    final Button save = new Button("Save", e -> validateAndSave());
    final Button delete = new Button("Delete", e -> fireEvent(new DeleteEvent(this, binder.getBean())));
    final Button close = new Button("Close", e -> fireEvent(new CloseEvent(this, binder.getBean())));
    private final Map<String, HasValidation> fieldsByName = Map.of("ref", ref, "forceCode", force,
            "offenceCode", offence, "periodStart", periodStart, "periodEnd", periodEnd,
            "granularity", granularity, "source", source, "receivedOn", receivedOn);

    public ReturnForm(List<Force> forces, List<Offence> offences) {
        ref.setId("ref");
        force.setId("force");
        offence.setId("offence");
        periodStart.setId("period-start");
        periodEnd.setId("period-end");
        granularity.setId("granularity");
        source.setId("source");
        receivedOn.setId("received-on");
        ref.setMaxLength(64);
        force.setItems(forces);
        force.setItemLabelGenerator(Force::shortName);
        TypedChoice.chooseByTyping(force);
        offence.setItems(offences);
        offence.setItemLabelGenerator(o -> o.code() + " – " + o.title());
        offence.setClearButtonVisible(true);
        TypedChoice.chooseByTyping(offence);
        offence.setHelperText("Leave empty for the offence in force during the period");
        granularity.setLabel("Granularity");
        granularity.setItems(Granularity.values());
        granularity.setItemLabelGenerator(g -> g == Granularity.RECORDS ? "Records: one row per report"
                : "Aggregate: only the counts the force published");
        granularity.setHelperText("Records when the force listed each report; aggregate when it sent totals"
                + " (e.g. 42 victims, 9 under 18)");
        source.setMaxLength(500);
        source.setHelperText("Where the figures came from, e.g. an FOI reference");
        binder.setRequiredConfigurator(RequiredFieldConfigurator.DEFAULT
                .chain((annotation, binding) -> annotation.annotationType() == NotBlank.class));
        binder.bindInstanceFields(this);

        save.setId("save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        delete.setId("delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        close.setId("close");
        add(ref, force, offence, granularity, periodStart, periodEnd, receivedOn, source);
        setColspan(offence, 2);
        setColspan(source, 2);
        add(new HorizontalLayout(save, delete, close), 2);
    }

    /** Shows {@code bean}; a return that cannot change is shown read-only. */
    public void edit(ReturnFormBean bean, boolean changeable, boolean deletable) {
        binder.setBean(bean);
        binder.setReadOnly(!changeable);
        save.setVisible(changeable);
        delete.setVisible(deletable);
    }

    /** The details as the user has typed them so far. */
    public ReturnFormBean bean() {
        return binder.getBean();
    }

    /**
     * Shows a refusal beside the field it names ({@code ref}, {@code periodEnd}, …); false when this
     * form has no such field.
     */
    public boolean showProblem(String field, String message) {
        var component = fieldsByName.get(field);
        if (component == null) {
            return false;
        }
        component.setErrorMessage(Sentences.inWords(message));
        component.setInvalid(true);
        return true;
    }

    private void validateAndSave() {
        if (binder.validate().isOk()) {
            fireEvent(new SaveEvent(this, binder.getBean()));
        }
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addDeleteListener(ComponentEventListener<DeleteEvent> listener) {
        return addListener(DeleteEvent.class, listener);
    }

    public Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }

    /** Something the user asked of the form, with what it shows. */
    public abstract static class ReturnFormEvent extends ComponentEvent<ReturnForm> {
        private final ReturnFormBean bean;

        protected ReturnFormEvent(ReturnForm source, ReturnFormBean bean) {
            super(source, false);
            this.bean = bean;
        }

        public ReturnFormBean bean() {
            return bean;
        }
    }

    public static class SaveEvent extends ReturnFormEvent {
        SaveEvent(ReturnForm source, ReturnFormBean bean) {
            super(source, bean);
        }
    }

    public static class DeleteEvent extends ReturnFormEvent {
        DeleteEvent(ReturnForm source, ReturnFormBean bean) {
            super(source, bean);
        }
    }

    public static class CloseEvent extends ReturnFormEvent {
        CloseEvent(ReturnForm source, ReturnFormBean bean) {
            super(source, bean);
        }
    }
}
