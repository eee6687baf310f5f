package uk.nciistats.audit;

import java.time.LocalDate;
import java.util.Set;

/**
 * What to look for in the audit log; every part is optional and the parts narrow each other.
 *
 * @param user      part of the name of who made a change or of the user account it concerns, in any letter case
 * @param returnRef part of a return's reference, in any letter case
 * @param from      the first day (UTC) of changes to show
 * @param to        the last day (UTC) of changes to show
 * @param kinds     the kinds of change (actions such as UPDATE or DISABLE_USER); empty means every kind
 */
public record AuditSearch(String user, String returnRef, LocalDate from, LocalDate to, Set<String> kinds) {

    public AuditSearch {
        user = blankAsNull(user);
        returnRef = blankAsNull(returnRef);
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    }

    public static AuditSearch everything() {
        return new AuditSearch(null, null, null, null, Set.of());
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
