package uk.nciistats.dataimport.spreadsheet;

/**
 * What a date given only as a month ({@code november}) becomes. Reports carry a day or no date at
 * all, so a month must become one of the two.
 */
public enum MonthDates {
    /**
     * The first day of that month inside the return's period ({@code november} in 2015-04-13..2015-12-31
     * is 2015-11-01; {@code april} is 2015-04-13). Answers by YEAR, QUARTER and MONTH stay exact and
     * right; a date range that cuts a month counts that month's reports as if on its first day.
     */
    FIRST_DAY_IN_PERIOD,
    /** No date: the report counts as undated, {0, 1} in every bucket that cuts its return's period. */
    UNDATED
}
