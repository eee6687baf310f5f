package uk.nciistats.dataimport.spreadsheet;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;

/** A date as a spreadsheet gives it: a day, a month of a year, or a month without a year. */
public sealed interface DateText {
    record Day(LocalDate day) implements DateText {
    }

    record MonthOfYear(YearMonth month) implements DateText {
    }

    record MonthOnly(Month month) implements DateText {
    }
}
