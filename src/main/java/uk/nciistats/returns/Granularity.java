package uk.nciistats.returns;

/** How a force answered: one row per report, or only published cells. */
public enum Granularity {
    RECORDS, AGGREGATE
}
