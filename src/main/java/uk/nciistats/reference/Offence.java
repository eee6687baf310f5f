package uk.nciistats.reference;

import java.time.LocalDate;

/**
 * An offence the returns count, with the dates it was in force ({@code inForceTo} null while it still
 * is). Reference data, seeded by migration and read by {@link ReferenceCatalog}.
 */
public record Offence(String code, String homeOfficeCode, String title, String legislation,
                      LocalDate inForceFrom, LocalDate inForceTo) {

    /** Whether the offence was in force on at least one day of {@code start..end}. */
    public boolean inForceDuring(LocalDate start, LocalDate end) {
        return !end.isBefore(inForceFrom) && (inForceTo == null || !start.isAfter(inForceTo));
    }

    /** Whether the offence was in force on every day of {@code start..end}. */
    public boolean inForceThroughout(LocalDate start, LocalDate end) {
        return !start.isBefore(inForceFrom) && (inForceTo == null || !end.isAfter(inForceTo));
    }
}
