package uk.nciistats.console.layout;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.data.binder.Result;

/**
 * A date picker that shows dates as 2024-01-31 and also reads 31/01/2024, whatever the browser's
 * locale. Whatever else is typed ("1st Jan 2017", "2017-13-45") is refused beside the field with the
 * formats it reads, here for every date field of the console, whether left by Enter or by Tab.
 */
public class IsoDatePicker extends DatePicker {
    /** What a date field says when what was typed is not a date it can read. */
    public static final String BAD_DATE = "Not a date: write it as year-month-day, e.g. 2017-01-31, or as 31/01/2017.";

    public IsoDatePicker(String label) {
        super(label);
        setI18n(new DatePickerI18n().setDateFormats("yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy").setFirstDayOfWeek(1)
                .setBadInputErrorMessage(BAD_DATE));
        // What the browser cannot read comes to the server, which refuses it with the same words: so
        // does a field bound to a Binder, which does not show the browser's bad-input message by itself.
        setFallbackParser(typed -> Result.error(BAD_DATE));
        // Typing a date and Tab moves on, the calendar opening with its button or ↓: a calendar that
        // opens as one types keeps what it cannot read on Tab without a word (Vaadin 24.9).
        setAutoOpen(false);
        setPlaceholder("YYYY-MM-DD");
        setClearButtonVisible(true);
    }

    /**
     * Makes {@code from} and {@code to} a period: neither accepts a day on the wrong side of the
     * other, and each says so in words.
     */
    public static void period(DatePicker from, DatePicker to) {
        from.setI18n(from.getI18n().setMaxErrorMessage(
                "The period cannot start after it ends: choose an earlier start, or a later end."));
        to.setI18n(to.getI18n().setMinErrorMessage(
                "The period cannot end before it starts: choose a later end, or an earlier start."));
        from.addValueChangeListener(e -> to.setMin(e.getValue()));
        to.addValueChangeListener(e -> from.setMax(e.getValue()));
    }
}
