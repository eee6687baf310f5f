package uk.nciistats.dataimport.interchange;

import uk.nciistats.returns.DataReturn;
import uk.nciistats.returns.ReturnRepository;
import uk.nciistats.returns.ReturnStatus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The returns of an import against the stored ones and each other: a stored reference is refused
 * unless the import replaces it (never a PUBLISHED return), and no two returns of one force and
 * offence may have overlapping periods, or their reports would count twice.
 */
final class ReturnConflicts {
    /** The IN lists of one query stay far below PostgreSQL's limit on parameters. */
    private static final int REFS_PER_QUERY = 1_000;
    private static final String FILE = ReturnRows.FILE;

    private final ReturnRepository returns;
    private final Problems problems;

    ReturnConflicts(ReturnRepository returns, Problems problems) {
        this.returns = returns;
        this.problems = problems;
    }

    /** Checks the returns; those that replace a stored return are put back into the map as such. */
    void check(Map<String, ImportedReturn> incoming, boolean replace) {
        if (incoming.isEmpty()) {
            return;
        }
        checkReferences(incoming, replace);
        checkAgainstStoredPeriods(incoming);
        checkPeriodsWithinTheFile(incoming);
    }

    private void checkReferences(Map<String, ImportedReturn> incoming, boolean replace) {
        var refs = new ArrayList<>(incoming.keySet());
        var stored = new HashMap<String, DataReturn>();
        for (int i = 0; i < refs.size(); i += REFS_PER_QUERY) {
            stored.putAll(returns.byRefs(refs.subList(i, Math.min(refs.size(), i + REFS_PER_QUERY))));
        }
        for (var r : List.copyOf(incoming.values())) {
            var existing = stored.get(r.ref);
            if (existing == null) {
                continue;
            }
            if (!replace) {
                problems.add(FILE, r.line, "return_ref", "ref-exists", "a return with reference '" + r.ref
                        + "' is stored already (" + existing.forceCode() + ", " + existing.periodStart() + ".."
                        + existing.periodEnd() + "): import with replace=true to replace it (its history stays in the"
                        + " audit log), or give this one another reference");
            } else if (existing.status() == ReturnStatus.PUBLISHED) {
                problems.add(FILE, r.line, "return_ref", "published", "return '" + r.ref + "' is PUBLISHED and"
                        + " cannot be replaced: an ADMIN must set it back to DRAFT first");
            } else {
                incoming.put(r.ref, r.replacing(existing));
            }
        }
    }

    private void checkAgainstStoredPeriods(Map<String, ImportedReturn> incoming) {
        var replaced = new HashSet<Long>();
        incoming.values().stream().filter(ImportedReturn::replaces).forEach(r -> replaced.add(r.stored.id()));
        var forces = incoming.values().stream().filter(r -> r.offenceCode != null).map(r -> r.details.forceCode())
                .distinct().toList();
        var storedOfForces = returns.returnsOfForces(forces);
        for (var r : incoming.values()) {
            if (r.offenceCode == null) {
                continue;
            }
            for (var s : storedOfForces.getOrDefault(r.details.forceCode(), List.of())) {
                if (s.offenceCode().equals(r.offenceCode) && !replaced.contains(s.id()) && !s.ref().equals(r.ref)
                        && r.overlaps(s.periodStart(), s.periodEnd())) {
                    problems.add(FILE, r.line, "period_start", "overlapping-period", "the period "
                            + r.periodStart() + ".." + r.periodEnd() + " overlaps stored return '" + s.ref() + "' ("
                            + s.periodStart() + ".." + s.periodEnd() + ") of the same force and offence: its reports"
                            + " would count twice (to replace that return, import it under its own reference with"
                            + " replace=true)");
                }
            }
        }
    }

    private void checkPeriodsWithinTheFile(Map<String, ImportedReturn> incoming) {
        var groups = new LinkedHashMap<String, List<ImportedReturn>>();
        for (var r : incoming.values()) {
            if (r.offenceCode != null) {
                groups.computeIfAbsent(r.details.forceCode() + "/" + r.offenceCode, k -> new ArrayList<>()).add(r);
            }
        }
        for (var group : groups.values()) {
            group.sort(Comparator.comparing(ImportedReturn::periodStart).thenComparing(r -> r.line));
            ImportedReturn reaching = null;
            for (var r : group) {
                if (reaching != null && !r.periodStart().isAfter(reaching.periodEnd())) {
                    problems.add(FILE, r.line, "period_start", "overlapping-period", "the period "
                            + r.periodStart() + ".." + r.periodEnd() + " overlaps " + reaching.described() + ", "
                            + reaching.periodStart() + ".." + reaching.periodEnd()
                            + ", of the same force and offence: its reports would count twice");
                }
                if (reaching == null || r.periodEnd().isAfter(reaching.periodEnd())) {
                    reaching = r;
                }
            }
        }
    }
}
