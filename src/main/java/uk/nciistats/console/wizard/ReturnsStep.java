package uk.nciistats.console.wizard;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import uk.nciistats.console.layout.IsoDatePicker;
import uk.nciistats.console.layout.TypedChoice;
import uk.nciistats.dataimport.spreadsheet.ExistingReturn;
import uk.nciistats.dataimport.spreadsheet.ReturnDefaults;
import uk.nciistats.reference.Force;
import uk.nciistats.returns.StoredReturn;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Step 3: the returns the file fills — new ones (reference, force, period, source, received date)
 * or a stored RECORDS return found by its reference. The force box takes a GSS code, a full or a
 * short name. It takes the forces and a search of fillable returns; it fires a change.
 */
class ReturnsStep extends WizardStep {
    static final String NEW_RETURNS = "New returns (one per force when a column names the force)";
    static final String EXISTING_RETURN = "A return that exists";

    /** Stored returns a file may fill whose reference contains {@code refPart}, newest first, a page at a time. */
    @FunctionalInterface
    interface FillableReturns extends Serializable {
        List<StoredReturn> find(String refPart, int offset, int limit);
    }

    private final RadioButtonGroup<String> target = new RadioButtonGroup<>("The file fills");
    private final TextField ref = new TextField("Return reference (its prefix with a force column)");
    private final ComboBox<Force> force = new ComboBox<>("Force (when no column names it)");
    private final IsoDatePicker periodStart = new IsoDatePicker("Period from");
    private final IsoDatePicker periodEnd = new IsoDatePicker("Period to");
    private final TextField source = new TextField("Source");
    private final IsoDatePicker receivedOn = new IsoDatePicker("Received on");
    private final ComboBox<StoredReturn> existing = new ComboBox<>("Return");
    private final Map<String, Force> forcesByCode;

    ReturnsStep(List<Force> forces, FillableReturns fillable) {
        super("3. The returns it fills");
        this.forcesByCode = forces.stream().collect(Collectors.toMap(Force::code, Function.identity()));
        target.setId("target");
        target.setItems(NEW_RETURNS, EXISTING_RETURN);
        target.setValue(NEW_RETURNS);
        ref.setId("return-ref");
        force.setId("return-force");
        force.setItems(ReturnsStep::forceMatches, forces);
        TypedChoice.chooseByTyping(force, ReturnsStep::forceMatches);
        force.setItemLabelGenerator(f -> f.shortName() + " · " + f.code());
        force.setHelperText("a GSS code (E23000032), full name (Kent Police) or short name (Kent)");
        force.setClearButtonVisible(true);
        periodStart.setId("period-start");
        periodEnd.setId("period-end");
        IsoDatePicker.period(periodStart, periodEnd);
        source.setId("return-source");
        receivedOn.setId("received-on");
        existing.setId("existing-return");
        existing.setItemLabelGenerator(r -> r.ref() + " · " + forceName(r.forceCode()) + " · " + r.periodStart() + "–"
                + r.periodEnd() + " · " + r.granularity());
        existing.setItems(query -> fillable.find(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        existing.setHelperText("a RECORDS return that is not PUBLISHED; type part of its reference");
        existing.setWidth("32rem");
        existing.setVisible(false);
        var newReturn = new FormLayout(ref, force, periodStart, periodEnd, source, receivedOn);
        target.addValueChangeListener(e -> {
            boolean fresh = NEW_RETURNS.equals(e.getValue());
            newReturn.setVisible(fresh);
            existing.setVisible(!fresh);
            changed();
        });
        ref.addValueChangeListener(e -> changed());
        force.addValueChangeListener(e -> changed());
        periodStart.addValueChangeListener(e -> changed());
        periodEnd.addValueChangeListener(e -> changed());
        source.addValueChangeListener(e -> changed());
        receivedOn.addValueChangeListener(e -> changed());
        existing.addValueChangeListener(e -> changed());
        add(target, newReturn, existing);
    }

    /** Whether a force is the one typed: by GSS code, full name or short name, any part of it, any case. */
    static boolean forceMatches(Force f, String typed) {
        var t = typed.strip().toLowerCase(Locale.ROOT);
        return f.code().toLowerCase(Locale.ROOT).contains(t) || f.name().toLowerCase(Locale.ROOT).contains(t)
                || f.shortName().toLowerCase(Locale.ROOT).contains(t);
    }

    void show(ReturnDefaults d) {
        ref.setValue(d.ref() == null ? "" : d.ref());
        force.setValue(d.forceCode() == null ? null : forcesByCode.get(d.forceCode()));
        periodStart.setValue(d.periodStart());
        periodEnd.setValue(d.periodEnd());
        source.setValue(d.source() == null ? "" : d.source());
        receivedOn.setValue(d.receivedOn());
    }

    ReturnDefaults defaults() {
        return new ReturnDefaults(ref.getValue().strip(), force.getValue() == null ? null : force.getValue().code(),
                periodStart.getValue(), periodEnd.getValue(), source.getValue().strip(), receivedOn.getValue());
    }

    /** The stored return the file fills; null when it fills new returns. */
    ExistingReturn existingTarget() {
        if (NEW_RETURNS.equals(target.getValue()) || existing.getValue() == null) {
            return null;
        }
        var r = existing.getValue();
        return new ExistingReturn(r.ref(), r.forceCode(), r.periodStart(), r.periodEnd(), r.granularity());
    }

    String forceName(String code) {
        var f = forcesByCode.get(code);
        return f == null ? code : f.shortName();
    }
}
