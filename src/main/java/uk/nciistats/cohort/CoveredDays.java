package uk.nciistats.cohort;

import uk.nciistats.reference.Country;
import uk.nciistats.reference.Force;
import uk.nciistats.reference.Offence;
import uk.nciistats.reference.ReferenceCatalog;
import uk.nciistats.returns.ReturnStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The days each force's counted returns cover, for one question (§13): the scope is the forces its
 * `forces`, `regions` and `countries` select; the window its `from..to` cut to the time in force of
 * its offences (`to` left out: the latest period end the caller may see in scope); a force's covered
 * days the union of the periods of the returns the question counts. Answers the coverage of the
 * whole question and of a row keyed by force, region, country or calendar bucket, from the facts
 * already in memory.
 */
final class CoveredDays {
    private final CohortQuestion question;
    private final List<Force> scope;
    private final int windowStart;
    private final int windowEnd;
    /** Per force code: the merged periods of its counted returns, as {start, end} epoch days in order. */
    private final Map<String, List<int[]>> periods = new HashMap<>();

    /** {@code visible}: the statuses the caller may see (a VIEWER: PUBLISHED only; null: every status). */
    CoveredDays(CohortQuestion question, Collection<ReturnFacts> all, ReferenceCatalog catalog, Set<ReturnStatus> visible) {
        this.question = question;
        this.scope = catalog.forces(null, null).stream().filter(this::inScope).toList();
        var offences = catalog.offences().stream().filter(o -> question.offences() == null || question.offences().contains(o.code()))
                .toList();
        int offencesStart = offences.stream().mapToInt(o -> (int) o.inForceFrom().toEpochDay()).min().orElse(Period.OPEN_END);
        int offencesEnd = offences.stream().anyMatch(o -> o.inForceTo() == null) ? Period.OPEN_END
                : offences.stream().map(Offence::inForceTo).mapToInt(d -> (int) d.toEpochDay()).max().orElse(Period.OPEN_START);
        var scopeCodes = scope.stream().map(Force::code).collect(Collectors.toSet());
        int lastSeen = all.stream().filter(r -> scopeCodes.contains(r.forceCode()))
                .filter(r -> question.offences() == null || question.offences().contains(r.offenceCode()))
                .filter(r -> visible == null || visible.contains(r.status()))
                .mapToInt(ReturnFacts::endDay).max().orElse(Period.OPEN_START);
        this.windowStart = Math.max(offencesStart, question.from() == null ? offencesStart : (int) question.from().toEpochDay());
        this.windowEnd = Math.min(offencesEnd, question.to() == null ? lastSeen : (int) question.to().toEpochDay());
        var byForce = new HashMap<String, List<int[]>>();
        for (var r : all) {
            if (scopeCodes.contains(r.forceCode()) && question.selects(r)) {
                byForce.computeIfAbsent(r.forceCode(), k -> new ArrayList<>()).add(new int[] {r.startDay(), r.endDay()});
            }
        }
        byForce.forEach((force, list) -> periods.put(force, merged(list)));
    }

    private boolean inScope(Force f) {
        return (question.forces() == null || question.forces().contains(f.code()))
                && (question.regions() == null || question.regions().contains(f.region()))
                && (question.countries() == null || question.countries().contains(f.country()));
    }

    /** The coverage of the whole question. */
    Coverage whole() {
        return of(scope, windowStart, windowEnd);
    }

    /**
     * The coverage of a row with these grouping keys: the scope narrowed to its force, region or
     * country, the window cut to its calendar bucket; null when no key is one of those.
     */
    Coverage row(List<Object> keys) {
        var forces = scope;
        int start = windowStart;
        int end = windowEnd;
        boolean keyed = false;
        for (int i = 0; i < keys.size(); i++) {
            var d = question.groupBy().get(i);
            var key = keys.get(i);
            switch (d) {
                case FORCE -> forces = forces.stream().filter(f -> f.code().equals(key)).toList();
                case REGION -> forces = forces.stream().filter(f -> f.region().equals(key)).toList();
                case COUNTRY -> forces = forces.stream().filter(f -> f.country() == (Country) key).toList();
                case YEAR, QUARTER, MONTH -> {
                    int ordinal = Period.ordinalOf(d, (String) key);
                    start = Math.max(start, (int) Period.firstDay(d, ordinal).toEpochDay());
                    end = Math.min(end, (int) Period.lastDay(d, ordinal).toEpochDay());
                }
                default -> {
                    continue;
                }
            }
            keyed = true;
        }
        return keyed ? of(forces, start, end) : null;
    }

    private Coverage of(List<Force> forces, int start, int end) {
        if (start > end) {
            return new Coverage(null, null, forces.size(), 0, forces, List.of());
        }
        int days = end - start + 1;
        int covered = 0;
        var missing = new ArrayList<Force>();
        var partly = new ArrayList<Coverage.Partial>();
        for (var f : forces) {
            int d = daysCovered(periods.getOrDefault(f.code(), List.of()), start, end);
            if (d == days) {
                covered++;
            } else if (d == 0) {
                missing.add(f);
            } else {
                partly.add(new Coverage.Partial(f, d, days));
            }
        }
        return new Coverage(LocalDate.ofEpochDay(start), LocalDate.ofEpochDay(end), forces.size(), covered,
                List.copyOf(missing), List.copyOf(partly));
    }

    private static int daysCovered(List<int[]> merged, int start, int end) {
        long days = 0;
        for (var p : merged) {
            int from = Math.max(p[0], start);
            int to = Math.min(p[1], end);
            if (from <= to) {
                days += to - from + 1;
            }
        }
        return (int) days;
    }

    /** Periods sorted and joined where they overlap or touch. */
    private static List<int[]> merged(List<int[]> list) {
        list.sort((a, b) -> Integer.compare(a[0], b[0]));
        var merged = new ArrayList<int[]>();
        for (var p : list) {
            var last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && p[0] <= last[1] + 1) {
                last[1] = Math.max(last[1], p[1]);
            } else {
                merged.add(new int[] {p[0], p[1]});
            }
        }
        return merged;
    }

    /** The note of §13 when some force in scope is not covered; null when every one is. */
    static String note(Coverage c) {
        if (c.complete()) {
            return null;
        }
        var window = c.from() == null ? "any day (no return in scope)" : c.from() + ".." + c.to();
        var missing = c.missing().stream().map(Force::shortName).collect(Collectors.joining(", "));
        var partly = c.partly().stream().map(p -> p.force().shortName() + " (" + p.daysCovered() + " of "
                + p.daysInWindow() + " days)").collect(Collectors.joining(", "));
        return "covers " + c.forcesCovered() + " of " + c.forcesInScope() + " forces for " + window + "; "
                + c.missing().size() + " have no return for any of it" + (missing.isEmpty() ? "" : ": " + missing) + "; "
                + c.forcesPartly() + " cover part of it" + (partly.isEmpty() ? "" : ": " + partly);
    }
}
