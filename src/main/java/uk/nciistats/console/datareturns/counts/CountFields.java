package uk.nciistats.console.datareturns.counts;

import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** The fields a published count is typed in: checked as the user types, refusals in words. */
final class CountFields {
    /** What the total field wants, said when it is empty or holds what is not a number. */
    static final String TOTAL_WANTED = "type the number of reports the force gave in all, a whole number, e.g. 42";

    private CountFields() {
    }

    /** A cell the force may not have published: it may stay empty. */
    static IntegerField count(String label, String id) {
        return field(label, id, "type a whole number of reports, e.g. 12, or leave it empty when not published");
    }

    /** The one count every AGGREGATE return publishes: never empty, so its message does not offer that. */
    static IntegerField total() {
        return field("Total (all reports)", "count-TOTAL", TOTAL_WANTED);
    }

    private static IntegerField field(String label, String id, String badInput) {
        var field = new IntegerField(label);
        field.setId(id);
        field.setMin(0);
        // wide enough for its label ("Community resolution"), which a field otherwise cuts short
        field.setWidth(Math.max(9, label.length() * 0.5 + 0.5) + "em");
        field.setValueChangeMode(ValueChangeMode.EAGER); // checked as the user types
        field.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(badInput)
                .setMinErrorMessage("a count is 0 or more"));
        return field;
    }
}
