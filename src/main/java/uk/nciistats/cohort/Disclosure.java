package uk.nciistats.cohort;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Disclosure control for VIEWERs (§10): a count with {@code 0 < high < threshold} is withheld; where
 * a shown parent has exactly one withheld child, its smallest other sibling is withheld too, so no
 * withheld value can be recovered by subtraction.
 */
public final class Disclosure {
    /** A row as a viewer may see it: {@code withheld} rows show no count and no share. */
    public record Shown(CohortAnswer.Row row, boolean withheld) {
    }

    private final int threshold;

    public Disclosure(int threshold) {
        this.threshold = threshold;
    }

    public boolean withheld(Bounds b) {
        return b.high() > 0 && b.high() < threshold;
    }

    public List<Shown> rows(List<CohortAnswer.Row> rows) {
        var withheld = new boolean[rows.size()];
        var siblings = new LinkedHashMap<List<Object>, List<Integer>>();
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            withheld[i] = withheld(row.count());
            if (row.keys().isEmpty()) {
                continue; // the one row of an ungrouped question has no siblings
            }
            siblings.computeIfAbsent(row.keys().subList(0, row.keys().size() - 1), k -> new ArrayList<>()).add(i);
        }
        for (var group : siblings.values()) {
            var parent = rows.get(group.get(0)).parent();
            if (parent == null || withheld(parent)) {
                continue;
            }
            var hidden = group.stream().filter(i -> withheld[i]).toList();
            if (hidden.size() != 1) {
                continue;
            }
            group.stream().filter(i -> !withheld[i] && rows.get(i).count().high() > 0)
                    .min(Comparator.<Integer>comparingLong(i -> rows.get(i).count().high())
                            .thenComparingLong(i -> rows.get(i).count().low())
                            .thenComparingInt(i -> i))
                    .ifPresent(i -> withheld[i] = true);
        }
        var shown = new ArrayList<Shown>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            shown.add(new Shown(rows.get(i), withheld[i]));
        }
        return shown;
    }

    /** How notes shown to a viewer write a count: never one below the threshold. */
    public CohortEngine.Wording wording() {
        return n -> n > 0 && n < threshold ? "a few" : Long.toString(n);
    }
}
