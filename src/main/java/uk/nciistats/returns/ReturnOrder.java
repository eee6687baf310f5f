package uk.nciistats.returns;

import java.util.List;

/** One key a list of returns is sorted by; ties fall back to the newest first. */
public record ReturnOrder(Key key, boolean descending) {

    /** What a list of returns can be sorted by. */
    public enum Key {
        REF, FORCE, PERIOD, GRANULARITY, STATUS, TOTAL, LAST_CHANGED_BY, LAST_CHANGED_AT
    }

    /** No order asked for: the newest return first. */
    public static List<ReturnOrder> newestFirst() {
        return List.of();
    }

    public static ReturnOrder ascending(Key key) {
        return new ReturnOrder(key, false);
    }

    public static ReturnOrder descending(Key key) {
        return new ReturnOrder(key, true);
    }
}
