package uk.nciistats.cohort;

/** What a cohort question groups by. FORCE, REGION and COUNTRY select whole returns. */
public enum Dimension {
    FORCE, REGION, COUNTRY, YEAR, QUARTER, MONTH, AGE_BAND, OUTCOME, PLATFORM, GENDER;

    public boolean calendar() {
        return this == YEAR || this == QUARTER || this == MONTH;
    }
}
