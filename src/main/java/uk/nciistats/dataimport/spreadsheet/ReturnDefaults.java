package uk.nciistats.dataimport.spreadsheet;

import java.time.LocalDate;

/**
 * What a file says once for all its rows: the return's reference (its prefix when the file holds
 * one return per force: {@code BBC2015} gives {@code BBC2015-E23000032}), its period, where the
 * figures came from, when they arrived, and its force when no column names one.
 */
public record ReturnDefaults(String ref, String forceCode, LocalDate periodStart, LocalDate periodEnd,
                             String source, LocalDate receivedOn) {
    public static final ReturnDefaults NONE = new ReturnDefaults("", null, null, null, "", null);

    public ReturnDefaults withRef(String newRef) {
        return new ReturnDefaults(newRef, forceCode, periodStart, periodEnd, source, receivedOn);
    }

    public ReturnDefaults withForce(String code) {
        return new ReturnDefaults(ref, code, periodStart, periodEnd, source, receivedOn);
    }

    public ReturnDefaults withPeriod(LocalDate start, LocalDate end) {
        return new ReturnDefaults(ref, forceCode, start, end, source, receivedOn);
    }

    public ReturnDefaults withSource(String newSource) {
        return new ReturnDefaults(ref, forceCode, periodStart, periodEnd, newSource, receivedOn);
    }

    public ReturnDefaults withReceivedOn(LocalDate day) {
        return new ReturnDefaults(ref, forceCode, periodStart, periodEnd, source, day);
    }
}
