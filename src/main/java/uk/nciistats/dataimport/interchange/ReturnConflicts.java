package uk.nciistats.dataimport.interchange;

import uk.nciistats.returns.ReturnClashes;
import uk.nciistats.returns.ReturnRepository;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The returns of returns.csv against the stored ones and each other, by the rule every return keeps
 * ({@link ReturnClashes}): a reference given twice in the file, a stored reference (unless the
 * import replaces it: never a PUBLISHED return), a period overlapping another return of the same
 * force and offence. Each clash becomes a problem of its line, with the rule's name and a hint at
 * what an import can do about it.
 */
final class ReturnConflicts {
    private static final String FILE = ReturnRows.FILE;

    private final ReturnClashes clashes;
    private final Problems problems;

    ReturnConflicts(ReturnRepository returns, Problems problems) {
        this.clashes = new ReturnClashes(returns);
        this.problems = problems;
    }

    /**
     * The returns of the file by reference, in file order, the first of each reference only; those
     * that replace a stored return are marked as such.
     */
    Map<String, ImportedReturn> check(List<ImportedReturn> read, boolean replace) {
        var candidates = read.stream().map(r -> new ReturnClashes.Candidate(r.ref, r.details.forceCode(), r.offenceCode,
                r.periodStart(), r.periodEnd(), r.line, null)).toList();
        var found = clashes.check(candidates, replace);
        for (var clash : found.clashes()) {
            problems.add(FILE, clash.candidate().line(), clash.aboutTheReference() ? "return_ref" : "period_start",
                    clash.rule(), clash.message() + hint(clash));
        }
        var incoming = new LinkedHashMap<String, ImportedReturn>();
        for (var r : read) {
            var replaced = found.replaced().get(r.ref);
            incoming.putIfAbsent(r.ref, replaced == null ? r : r.replacing(replaced));
        }
        return incoming;
    }

    /** What an import can do about a clash with a stored return. */
    private static String hint(ReturnClashes.Clash clash) {
        if (clash instanceof ReturnClashes.RefStored) {
            return "; import with replace=true to replace it (its history stays in the audit log), or give this one"
                    + " another reference";
        }
        if (clash instanceof ReturnClashes.OverlapsStored) {
            return " (to replace that return, import it under its own reference with replace=true)";
        }
        return "";
    }
}
