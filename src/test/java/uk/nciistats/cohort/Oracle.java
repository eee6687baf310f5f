package uk.nciistats.cohort;

import uk.nciistats.returns.AgeRange;
import uk.nciistats.returns.Gender;
import uk.nciistats.returns.Outcome;
import uk.nciistats.returns.Platform;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The brute-force reading of the semantics over raw record-level reports: for every report and
 * every possible cell, is the report certainly in it, possibly in it, or not. Written independently
 * of the engine (no bit sets, no strides, no margins) to check it.
 */
final class Oracle {
    record Raw(LocalDate day, Integer age, Gender gender, Outcome outcome, int platforms, int key) {
    }

    record RawReturn(ReturnFacts facts, List<Raw> reports) {
    }

    private Oracle() {
    }

    /** Cells with high > 0, keyed like the engine's rows, plus the total under key ["TOTAL"]. */
    static Map<List<Object>, Bounds> cells(CohortQuestion q, List<RawReturn> returns) {
        var result = new LinkedHashMap<List<Object>, Bounds>();
        tally(q, returns, result, new LinkedHashMap<>());
        return result;
    }

    /** The cell key of every cell of {@link #cells}: the keys of the reports possibly in it, summed mod 256. */
    static Map<List<Object>, Integer> cellKeys(CohortQuestion q, List<RawReturn> returns) {
        var keys = new LinkedHashMap<List<Object>, Integer>();
        tally(q, returns, new LinkedHashMap<>(), keys);
        return keys;
    }

    private static void tally(CohortQuestion q, List<RawReturn> returns, Map<List<Object>, Bounds> result,
                              Map<List<Object>, Integer> cellKeys) {
        for (var r : returns) {
            if (!q.selects(r.facts())) {
                continue;
            }
            for (var report : r.reports()) {
                if (!passes(q, report)) {
                    continue;
                }
                if (membership(r.facts(), report, q.from(), q.to()) > 0) {
                    count(List.of("TOTAL"), membership(r.facts(), report, q.from(), q.to()), report, result, cellKeys);
                }
                for (var key : keysOf(q, r.facts(), report)) {
                    var membership = dateMembership(q, r.facts(), report, key);
                    if (membership > 0) {
                        count(key, membership, report, result, cellKeys);
                    }
                }
            }
        }
    }

    private static void count(List<Object> cell, int membership, Raw report, Map<List<Object>, Bounds> result,
                              Map<List<Object>, Integer> cellKeys) {
        result.merge(cell, new Bounds(membership == 2 ? 1 : 0, 1), Bounds::plus);
        cellKeys.merge(cell, report.key(), (a, b) -> (a + b) % 256);
    }

    private static boolean passes(CohortQuestion q, Raw r) {
        if (q.ageFilter() != null && (r.age() == null || q.ageFilter().stream().noneMatch(b -> in(b, r.age())))) {
            return false;
        }
        if (q.outcomes() != null && !q.outcomes().contains(r.outcome())) {
            return false;
        }
        if (q.genders() != null && !q.genders().contains(r.gender())) {
            return false;
        }
        return q.platforms() == null || q.platforms().stream().anyMatch(p -> (r.platforms() & p.bit()) != 0);
    }

    private static boolean in(AgeRange b, int age) {
        return age >= b.min() && age <= b.max();
    }

    /** Every combination of key values the report has (several for overlapping bands or platform sets). */
    private static List<List<Object>> keysOf(CohortQuestion q, ReturnFacts f, Raw r) {
        List<List<Object>> keys = new ArrayList<>();
        keys.add(new ArrayList<>());
        for (var d : q.groupBy()) {
            var values = new ArrayList<Object>();
            switch (d) {
                case FORCE -> values.add(f.forceCode());
                case REGION -> values.add(f.region());
                case COUNTRY -> values.add(f.country());
                case YEAR, QUARTER, MONTH -> {
                    if (r.day() != null) {
                        values.add(Period.label(d, Period.ordinal(d, r.day())));
                    } else {
                        for (var day = f.periodStart(); !day.isAfter(f.periodEnd()); day = day.plusDays(1)) {
                            var label = Period.label(d, Period.ordinal(d, day));
                            if (!values.contains(label)) {
                                values.add(label);
                            }
                        }
                    }
                }
                case AGE_BAND -> {
                    if (r.age() == null) {
                        values.add(null);
                    } else {
                        q.bands().stream().filter(b -> in(b, r.age())).forEach(values::add);
                    }
                }
                case OUTCOME -> values.add(r.outcome());
                case GENDER -> values.add(r.gender());
                case PLATFORM -> {
                    for (var p : Platform.values()) {
                        if ((r.platforms() & p.bit()) != 0) {
                            values.add(p.name());
                        }
                    }
                    if (values.isEmpty()) {
                        values.add("NONE");
                    }
                }
            }
            var next = new ArrayList<List<Object>>();
            for (var k : keys) {
                for (var v : values) {
                    var longer = new ArrayList<>(k);
                    longer.add(v);
                    next.add(longer);
                }
            }
            keys = next;
        }
        return keys;
    }

    /** 0 not in the cell's dates, 1 possibly, 2 certainly. */
    private static int dateMembership(CohortQuestion q, ReturnFacts f, Raw r, List<Object> key) {
        LocalDate from = q.from();
        LocalDate to = q.to();
        for (int i = 0; i < q.groupBy().size(); i++) {
            var d = q.groupBy().get(i);
            if (d.calendar()) {
                var label = (String) key.get(i);
                var first = firstDayOf(d, label);
                var last = Period.lastDay(d, Period.ordinal(d, first));
                from = from == null || first.isAfter(from) ? first : from;
                to = to == null || last.isBefore(to) ? last : to;
            }
        }
        return membership(f, r, from, to);
    }

    private static int membership(ReturnFacts f, Raw r, LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            return 0;
        }
        if (r.day() != null) {
            return (from == null || !r.day().isBefore(from)) && (to == null || !r.day().isAfter(to)) ? 2 : 0;
        }
        boolean startsIn = from == null || !f.periodStart().isBefore(from);
        boolean endsIn = to == null || !f.periodEnd().isAfter(to);
        boolean disjoint = (from != null && f.periodEnd().isBefore(from)) || (to != null && f.periodStart().isAfter(to));
        if (disjoint) {
            return 0;
        }
        return startsIn && endsIn ? 2 : 1;
    }

    private static LocalDate firstDayOf(Dimension d, String label) {
        return switch (d) {
            case YEAR -> LocalDate.of(Integer.parseInt(label), 1, 1);
            case QUARTER -> LocalDate.of(Integer.parseInt(label.substring(0, 4)), (label.charAt(6) - '1') * 3 + 1, 1);
            case MONTH -> LocalDate.of(Integer.parseInt(label.substring(0, 4)), Integer.parseInt(label.substring(5)), 1);
            default -> throw new IllegalArgumentException(d.name());
        };
    }
}
