package uk.nciistats.returns;

/** One key of the order of a report listing; ties are always broken by id. */
public record ReportOrder(Key key, boolean descending) {
    public enum Key { REPORTED_ON, VICTIM_AGE, VICTIM_GENDER, OUTCOME, FORCE_CODE, ID }
}
