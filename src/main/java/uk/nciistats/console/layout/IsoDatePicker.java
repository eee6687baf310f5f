package uk.nciistats.console.layout;

import com.vaadin.flow.component.datepicker.DatePicker;

/** A date picker that shows dates as 2024-01-31 and also reads 31/01/2024, whatever the browser's locale. */
public class IsoDatePicker extends DatePicker {

    public IsoDatePicker(String label) {
        super(label);
        setI18n(new DatePickerI18n().setDateFormats("yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy").setFirstDayOfWeek(1));
        setClearButtonVisible(true);
    }
}
