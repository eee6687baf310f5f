package uk.nciistats.returns;

import java.time.LocalDate;
import java.util.List;

/**
 * Which returns a list shows: any of the forces, regions, offences and statuses, a granularity,
 * periods touching from..to, a text found in the reference, the source or the force's name, and
 * only returns someone other than {@code notLastChangedBy} changed last. A null part narrows nothing.
 * {@link ReturnService} checks a criteria before it reaches the database.
 */
public record ReturnCriteria(List<String> forces, List<ReturnStatus> statuses, Granularity granularity,
                             LocalDate from, LocalDate to, List<String> regions, List<String> offences,
                             String text, String notLastChangedBy) {
    /** The longest search text taken. */
    public static final int MAX_TEXT = 100;

    /** The filter of the GraphQL {@code returns} query and the CSV export. */
    public ReturnCriteria(List<String> forces, List<ReturnStatus> statuses, Granularity granularity,
                          LocalDate from, LocalDate to) {
        this(forces, statuses, granularity, from, to, null, null, null, null);
    }

    public static ReturnCriteria all() {
        return new ReturnCriteria(null, null, null, null, null);
    }

    /** Narrowed to what {@code editor} may verify: DRAFT returns someone else changed last (four eyes). */
    public ReturnCriteria awaitingVerificationBy(String editor) {
        return new ReturnCriteria(forces, List.of(ReturnStatus.DRAFT), granularity, from, to, regions, offences,
                text, editor);
    }

    /** The search text without surrounding blanks, or null when there is none. */
    public String searchText() {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
