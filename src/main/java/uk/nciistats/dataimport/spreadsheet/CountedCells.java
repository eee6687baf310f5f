package uk.nciistats.dataimport.spreadsheet;

import uk.nciistats.returns.AgeRange;
import uk.nciistats.returns.Gender;
import uk.nciistats.returns.Outcome;
import uk.nciistats.returns.Platform;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The published cells of an AGGREGATE return, counted from its force's rows into counts.csv: TOTAL;
 * AGE with the force's bands (exact ages inside a band counted in it, other exact ages as one-year
 * bands) and UNKNOWN; OUTCOME; GENDER and PLATFORM when mapped. Each line remembers its rows.
 */
final class CountedCells {
    private final Mapping mapping;
    private final ForceNames forces;
    private final List<RowProblem> problems;
    private final TranslatedFile countsFile;

    CountedCells(Mapping mapping, ForceNames forces, List<RowProblem> problems, TranslatedFile countsFile) {
        this.mapping = mapping;
        this.forces = forces;
        this.problems = problems;
        this.countsFile = countsFile;
    }

    /** Writes the cells of return {@code ref} counted from {@code rows}. */
    void count(String ref, List<ReadRow> rows) {
        var sources = rows.stream().map(r -> r.row).toList();
        countsFile.add(List.of(ref, "TOTAL", "", Integer.toString(rows.size())), sources);
        var bands = bandsOf(rows);
        var ages = new TreeMap<String, List<Integer>>(Comparator.comparing(CountedCells::bandOrder));
        for (var r : rows) {
            String category;
            if (r.age != null) {
                category = bands.stream().filter(b -> b.min() <= r.age && r.age <= b.max()).findFirst()
                        .map(AgeRange::label).orElse(r.age + "-" + r.age);
            } else if (r.band != null) {
                category = r.band.label();
            } else {
                category = "UNKNOWN";
            }
            ages.computeIfAbsent(category, k -> new ArrayList<>()).add(r.row);
        }
        ages.forEach((category, from) -> countsFile.add(List.of(ref, "AGE", category, Integer.toString(from.size())), from));
        cells(ref, "OUTCOME", rows, r -> List.of(r.outcome.name()), Outcome.class);
        if (mapping.maps(Field.GENDER)) {
            cells(ref, "GENDER", rows, r -> List.of(r.gender.name()), Gender.class);
        }
        if (mapping.maps(Field.PLATFORMS)) {
            cells(ref, "PLATFORM", rows, r -> r.platforms.isEmpty() ? List.of("NONE")
                    : r.platforms.stream().map(Platform::name).toList(), Platform.class);
        }
    }

    /** One dimension's cells, in the order of its values then NONE; only cells that count a row. */
    private <E extends Enum<E>> void cells(String ref, String dimension, List<ReadRow> rows,
                                           Function<ReadRow, List<String>> categories, Class<E> order) {
        var counted = new LinkedHashMap<String, List<Integer>>();
        for (var constant : order.getEnumConstants()) {
            counted.put(constant.name(), new ArrayList<>());
        }
        counted.put("NONE", new ArrayList<>());
        for (var r : rows) {
            categories.apply(r).forEach(c -> counted.get(c).add(r.row));
        }
        counted.forEach((category, from) -> {
            if (!from.isEmpty()) {
                countsFile.add(List.of(ref, dimension, category, Integer.toString(from.size())), from);
            }
        });
    }

    /** The distinct bands a force gave, checked not to overlap: published bands must not. */
    private List<AgeRange> bandsOf(List<ReadRow> rows) {
        var bands = rows.stream().map(r -> r.band).filter(Objects::nonNull).distinct()
                .sorted(Comparator.comparingInt(AgeRange::min).thenComparingInt(AgeRange::max)).toList();
        for (int i = 1; i < bands.size(); i++) {
            var earlier = bands.get(i - 1);
            var later = bands.get(i);
            if (earlier.overlaps(later)) {
                rows.stream().filter(r -> later.equals(r.band)).findFirst().ifPresent(r -> r.problem(problems,
                        String.join(", ", mapping.columnsOf(Field.AGE_BAND)), "overlapping-bands",
                        forces.name(r.forceCode) + " gives the overlapping age bands " + earlier.label() + " and "
                                + later.label() + ": published cells cannot say which one a victim is in;"
                                + " map one of them to the other"));
            }
        }
        return bands;
    }

    /** Age categories in order of age: bands by their bounds, UNKNOWN last. */
    private static String bandOrder(String category) {
        if (category.equals("UNKNOWN")) {
            return "~";
        }
        var range = AgeRange.parse(category).orElseThrow();
        return String.format("%03d-%03d", range.min(), range.max());
    }
}
