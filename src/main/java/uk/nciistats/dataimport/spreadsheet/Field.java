package uk.nciistats.dataimport.spreadsheet;

/**
 * What a spreadsheet column can feed. Every field but {@link #PLATFORMS} takes one column;
 * several platform columns are read into one set.
 */
public enum Field {
    FORCE("Force"),
    DATE("Date reported"),
    AGE("Victim's age"),
    AGE_BAND("Victim's age band"),
    GENDER("Victim's gender"),
    PLATFORMS("Platforms"),
    OUTCOME("Outcome");

    private final String label;

    Field(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean takesSeveralColumns() {
        return this == PLATFORMS;
    }
}
