package uk.nciistats.returns;

/** The dimensions an AGGREGATE return publishes cells for (counts.csv). */
public enum CountDimension {
    TOTAL, AGE, OUTCOME, PLATFORM, GENDER
}
