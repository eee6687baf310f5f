package uk.nciistats.console.datareturns.reports;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.shared.Registration;
import uk.nciistats.console.datareturns.CategoryNames;
import uk.nciistats.console.layout.IsoDatePicker;
import uk.nciistats.console.layout.TypedChoice;
import uk.nciistats.returns.Gender;
import uk.nciistats.returns.Outcome;
import uk.nciistats.returns.Platform;
import uk.nciistats.returns.ReportDetails;
import uk.nciistats.returns.ReturnRules;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * One report, typed by keyboard: date, age, gender, platforms, outcome or Home Office outcome type.
 * Enter saves (and the presenter then starts the next), Escape cancels. Before anything is sent,
 * {@link ReturnRules#checkReport} — the service's own rules — marks what is wrong beside its field.
 * Fires {@link SaveEvent} and {@link CancelEvent}; knows no service.
 */
public class ReportForm extends FormLayout {
    final H4 title = new H4();
    final IsoDatePicker reportedOn = new IsoDatePicker("Reported on");
    final IntegerField victimAge = new IntegerField("Victim's age");
    final ComboBox<Gender> victimGender = new ComboBox<>("Victim's gender");
    final MultiSelectComboBox<Platform> platforms = new MultiSelectComboBox<>("Platforms");
    final ComboBox<Outcome> outcome = new ComboBox<>("Outcome");
    final IntegerField homeOfficeOutcome = new IntegerField("Home Office outcome type");
    final Button save = new Button("Save (Enter)", e -> save());
    final Button cancel = new Button("Cancel (Esc)", e -> cancel());
    private final Map<String, HasValidation> fieldsByName = Map.of("reportedOn", reportedOn, "victimAge", victimAge,
            "victimGender", victimGender, "platforms", platforms, "outcome", outcome, "homeOfficeOutcome", homeOfficeOutcome);
    private Long editing;
    private LocalDate periodStart;
    private LocalDate periodEnd;

    public ReportForm() {
        setId("report-form");
        reportedOn.setId("report-date");
        reportedOn.setHelperText("2017-01-31 or 31/01/2017; empty when not known");
        victimAge.setId("report-age");
        victimAge.setMin(0);
        victimAge.setMax(ReturnRules.OLDEST_AGE);
        victimAge.setHelperText("Whole years; empty when not known");
        victimAge.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage("an age is a whole number of years, e.g. 15")
                .setMinErrorMessage("an age is 0 or more").setMaxErrorMessage("an age is at most 120"));
        victimGender.setId("report-gender");
        victimGender.setItems(Gender.values());
        victimGender.setItemLabelGenerator(CategoryNames::of);
        TypedChoice.chooseByTyping(victimGender);
        platforms.setId("report-platforms");
        platforms.setItems(Platform.values());
        platforms.setItemLabelGenerator(CategoryNames::of);
        platforms.setHelperText("Type part of a name and Enter, once for each; none: no platform named");
        TypedChoice.chooseByTyping(platforms);
        outcome.setId("report-outcome");
        outcome.setItems(Outcome.values());
        outcome.setItemLabelGenerator(CategoryNames::of);
        outcome.setClearButtonVisible(true);
        TypedChoice.chooseByTyping(outcome);
        homeOfficeOutcome.setId("report-ho-outcome");
        homeOfficeOutcome.setMin(0);
        homeOfficeOutcome.setMax(22);
        homeOfficeOutcome.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        homeOfficeOutcome.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage("a Home Office outcome type is a whole number from 0 to 22, e.g. 15")
                .setMinErrorMessage("a Home Office outcome type is 0 to 22").setMaxErrorMessage("a Home Office outcome type is 0 to 22"));
        homeOfficeOutcome.addValueChangeListener(e -> showHomeOfficeOutcome(e.getValue()));
        showHomeOfficeOutcome(null);
        save.setId("save-report");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancel.setId("cancel-report");
        title.setId("report-form-title");
        add(title, 3);
        add(reportedOn, victimAge, victimGender, platforms, homeOfficeOutcome, outcome);
        add(new HorizontalLayout(save, cancel), 3);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2), new ResponsiveStep("48em", 3));
        Shortcuts.addShortcutListener(this, this::save, Key.ENTER).listenOn(this).resetFocusOnActiveElement();
        // Escape also commits what was half typed first, so that emptying the form really empties it
        Shortcuts.addShortcutListener(this, this::cancel, Key.ESCAPE).listenOn(this).resetFocusOnActiveElement();
        startNew(null, null);
    }

    /** An empty form for the next new report of a return whose period is {@code start..end}. */
    public void startNew(LocalDate start, LocalDate end) {
        periodStart = start;
        periodEnd = end;
        editing = null;
        title.setText("New report");
        show(new ReportDetails(null, null, Gender.UNKNOWN, EnumSet.noneOf(Platform.class), null, null));
        reportedOn.focus();
    }

    /** Shows report {@code id} to change. */
    public void edit(long id, ReportDetails details) {
        editing = id;
        title.setText("Change report " + id);
        show(details);
        reportedOn.focus();
    }

    /** The report being changed; null for a new one. */
    public Long editing() {
        return editing;
    }

    /** The report as typed. */
    public ReportDetails details() {
        return new ReportDetails(reportedOn.getValue(), victimAge.getValue(), victimGender.getValue(),
                EnumSet.copyOf(platforms.getValue().isEmpty() ? EnumSet.noneOf(Platform.class) : platforms.getValue()),
                outcome.getValue(), homeOfficeOutcome.getValue());
    }

    /** Shows a refusal beside the field it names ({@code reports[0].victimAge}, {@code victimAge}); false when none. */
    public boolean showProblem(String field, String message) {
        var name = field == null ? "" : field.substring(field.lastIndexOf('.') + 1);
        var component = fieldsByName.get(name);
        if (component == null) {
            return false;
        }
        component.setErrorMessage(message);
        component.setInvalid(true);
        return true;
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    /** The type's meaning under the field, and the outcome it stands for chosen. */
    private void showHomeOfficeOutcome(Integer type) {
        var label = HomeOfficeOutcomes.label(type);
        homeOfficeOutcome.setHelperText(label.isEmpty() ? "Optional, 0–22 (e.g. 15); sets the outcome" : label);
        if (type != null) {
            Outcome.ofHomeOfficeType(type).ifPresent(outcome::setValue);
        }
    }

    private void show(ReportDetails d) {
        fieldsByName.values().forEach(f -> f.setInvalid(false));
        reportedOn.setValue(d.reportedOn());
        victimAge.setValue(d.victimAge());
        victimGender.setValue(d.victimGender() == null ? Gender.UNKNOWN : d.victimGender());
        platforms.setValue(d.platforms() == null ? EnumSet.noneOf(Platform.class) : d.platforms());
        homeOfficeOutcome.setValue(d.homeOfficeOutcome());
        outcome.setValue(d.outcome());
    }

    private void save() {
        if (reportedOn.isInvalid() || victimAge.isInvalid() || homeOfficeOutcome.isInvalid()) {
            return; // a date or age that could not be read: its field already says what to write
        }
        var details = details();
        var problems = ReturnRules.checkReport(details, periodStart, periodEnd, "");
        fieldsByName.values().forEach(f -> f.setInvalid(false));
        problems.forEach(p -> showProblem(p.field(), p.message()));
        if (problems.isEmpty()) {
            fireEvent(new SaveEvent(this, editing, details));
        }
    }

    private void cancel() {
        fireEvent(new CancelEvent(this, editing));
    }

    /** Save the report as typed: a new one when {@link #reportId()} is null. */
    public static class SaveEvent extends ComponentEvent<ReportForm> {
        private final Long reportId;
        private final ReportDetails details;

        SaveEvent(ReportForm source, Long reportId, ReportDetails details) {
            super(source, false);
            this.reportId = reportId;
            this.details = details;
        }

        public Long reportId() {
            return reportId;
        }

        public ReportDetails details() {
            return details;
        }
    }

    /** The user cancelled typing (or changing) a report. */
    public static class CancelEvent extends ComponentEvent<ReportForm> {
        private final Long reportId;

        CancelEvent(ReportForm source, Long reportId) {
            super(source, false);
            this.reportId = reportId;
        }

        public Long reportId() {
            return reportId;
        }
    }
}
