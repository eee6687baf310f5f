package uk.nciistats.returns;

import uk.nciistats.errors.ValidationException;
import uk.nciistats.errors.ValidationException.Problem;
import uk.nciistats.reference.ReferenceCatalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Which returns a list shows: any of the forces, regions, offences and statuses, a granularity,
 * periods touching from..to, a text found in the reference, the source or the force's name, and
 * only returns someone other than {@code notLastChangedBy} changed last. A null part narrows nothing.
 * Its rules are {@link #checkedAgainst}, the one check every listing passes before it reaches the
 * database: GraphQL's {@code returns}, {@code /api/export/returns.csv} and the console's grid.
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

    /**
     * These criteria, or a VALIDATION refusal naming every part that cannot select a return as asked:
     * an empty list (leave the filter out instead), a force, region or offence the catalog does not
     * know, a search text over {@value #MAX_TEXT} characters, or {@code from} after {@code to}.
     */
    public ReturnCriteria checkedAgainst(ReferenceCatalog catalog) {
        var problems = new ArrayList<Problem>();
        nonEmpty(problems, "filter.forces", forces);
        nonEmpty(problems, "filter.statuses", statuses);
        nonEmpty(problems, "filter.regions", regions);
        nonEmpty(problems, "filter.offences", offences);
        if (forces != null) {
            forces.stream().filter(f -> catalog.force(f).isEmpty()).findFirst().ifPresent(f -> problems.add(
                    new Problem("filter.forces", "unknown force code '" + f + "': use a GSS code such as E23000032"
                            + " (Kent); the query forces lists them", "unknown-force")));
        }
        if (regions != null) {
            var known = catalog.regions();
            regions.stream().filter(r -> !known.contains(r)).findFirst().ifPresent(r -> problems.add(
                    new Problem("filter.regions", "no region is called '" + r + "'; the regions are " + known)));
        }
        if (offences != null) {
            offences.stream().filter(o -> catalog.offence(o).isEmpty()).findFirst().ifPresent(o -> problems.add(
                    new Problem("filter.offences", "no offence has the code '" + o + "'", "unknown-offence")));
        }
        var searched = searchText();
        if (searched != null && searched.length() > MAX_TEXT) {
            problems.add(new Problem("filter.text", "search for at most " + MAX_TEXT + " characters, not "
                    + searched.length()));
        }
        if (from != null && to != null && from.isAfter(to)) {
            problems.add(new Problem("filter.from", "from (" + from + ") is after to (" + to + "): the period to"
                    + " search ends before it starts", "period-order"));
        }
        if (!problems.isEmpty()) {
            throw ValidationException.of(problems);
        }
        return this;
    }

    private static void nonEmpty(List<Problem> problems, String field, List<?> list) {
        if (list != null && list.isEmpty()) {
            problems.add(new Problem(field, "an empty list selects nothing: leave the filter out instead"));
        }
    }
}
