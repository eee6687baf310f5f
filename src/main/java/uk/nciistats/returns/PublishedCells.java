package uk.nciistats.returns;

import uk.nciistats.errors.ValidationException.Problem;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The consistency rules of an AGGREGATE return's published cells (interchange format, counts.csv):
 * exactly one TOTAL; AGE bands that do not overlap; AGE, OUTCOME and GENDER each summing to at most
 * TOTAL; with M = TOTAL − NONE reports naming a platform, every platform cell at most M and all of
 * them together at least M. Every broken rule is reported, each naming its cell. Sums are added up
 * as {@code long}: cells may each hold up to {@link Integer#MAX_VALUE}.
 */
public final class PublishedCells {
    public static final String UNKNOWN = "UNKNOWN";
    public static final String NONE = "NONE";

    /** A cell as the caller wrote it. */
    public record Input(String dimension, String category, Integer count) {
    }

    /**
     * The cells, checked and written in canonical form, or every problem found; {@code concerned}
     * holds, for each problem, the indexes of the inputs it concerns (the cell at fault, or every
     * cell of a margin that exceeds the TOTAL), so an editor can mark them.
     */
    public record Checked(List<CountCell> cells, List<Problem> problems, List<List<Integer>> concerned) {
        public boolean valid() {
            return problems.isEmpty();
        }

        /** The indexes of every input some problem concerns. */
        public java.util.SortedSet<Integer> cellsAtFault() {
            var all = new java.util.TreeSet<Integer>();
            concerned.forEach(all::addAll);
            return all;
        }

        public int total() {
            return cells.stream().filter(c -> c.dimension() == CountDimension.TOTAL)
                    .mapToInt(CountCell::count).findFirst().orElse(0);
        }
    }

    private PublishedCells() {
    }

    /** Checks {@code inputs}; {@code fieldPrefix} names them in problems, e.g. {@code cells}. */
    public static Checked check(List<Input> inputs, String fieldPrefix) {
        var problems = new ArrayList<Problem>();
        var cells = new ArrayList<CountCell>();
        var totals = new ArrayList<Integer>();
        var seen = new HashSet<String>();
        var bands = new ArrayList<AgeRange>();
        var bandIndex = new ArrayList<Integer>();
        for (int i = 0; i < inputs.size(); i++) {
            var in = inputs.get(i);
            String at = fieldPrefix + "[" + i + "]";
            var dimension = dimension(in.dimension());
            if (dimension == null) {
                problems.add(new Problem(at + ".dimension", "unknown dimension '" + in.dimension()
                        + "': one of TOTAL, AGE, OUTCOME, PLATFORM, GENDER", "bad-enum"));
                continue;
            }
            if (in.count() == null || in.count() < 0) {
                problems.add(new Problem(at + ".count", "a count must be a whole number of at least 0", "bad-count"));
                continue;
            }
            String category = category(dimension, in.category(), at, problems);
            if (category == null) {
                continue;
            }
            if (!seen.add(dimension + "/" + category)) {
                problems.add(new Problem(at + ".category", dimension == CountDimension.TOTAL
                        ? "a return has exactly one TOTAL: this is a second one"
                        : "the " + dimension + " category '" + category + "' appears twice", "duplicate-cell"));
                continue;
            }
            if (dimension == CountDimension.TOTAL) {
                totals.add(i);
            }
            if (dimension == CountDimension.AGE && !category.equals(UNKNOWN)) {
                var band = AgeRange.parse(category).orElseThrow();
                for (int b = 0; b < bands.size(); b++) {
                    if (bands.get(b).overlaps(band)) {
                        problems.add(new Problem(at + ".category", "age band " + band.label()
                                + " overlaps age band " + bands.get(b).label() + " of "
                                + fieldPrefix + "[" + bandIndex.get(b) + "]: a return's age bands must not overlap", "overlapping-bands"));
                    }
                }
                bands.add(band);
                bandIndex.add(i);
            }
            cells.add(new CountCell(dimension, category, in.count()));
        }
        if (totals.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(fieldPrefix, "an AGGREGATE return needs exactly one TOTAL cell", "missing-total"));
        }
        var concerned = new ArrayList<List<Integer>>();
        for (var p : problems) {
            int cell = cellOf(p, fieldPrefix);
            concerned.add(cell < 0 ? List.of() : List.of(cell));
        }
        if (problems.isEmpty()) {
            checkSums(cells, fieldPrefix, problems, concerned);
        }
        return new Checked(problems.isEmpty() ? List.copyOf(cells) : List.of(), List.copyOf(problems),
                List.copyOf(concerned));
    }

    /**
     * Which of the checked inputs a problem of {@link #check} names: its index, or -1 when the
     * problem concerns the cells as a whole (a missing TOTAL, sums that do not fit).
     */
    public static int cellOf(Problem problem, String fieldPrefix) {
        var field = problem.field();
        if (!field.startsWith(fieldPrefix + "[")) {
            return -1;
        }
        int close = field.indexOf(']', fieldPrefix.length());
        return Integer.parseInt(field.substring(fieldPrefix.length() + 1, close));
    }

    /** The property of the cell a problem names: {@code dimension}, {@code category}, {@code count}, or "". */
    public static String propertyOf(Problem problem) {
        int dot = problem.field().lastIndexOf("].");
        return dot < 0 ? "" : problem.field().substring(dot + 2);
    }

    /** The sums of the margins against TOTAL; here the cells are the inputs, index for index. */
    private static void checkSums(List<CountCell> cells, String fieldPrefix, List<Problem> problems,
                                  List<List<Integer>> concerned) {
        var sums = new EnumMap<CountDimension, Long>(CountDimension.class);
        var ofDimension = new EnumMap<CountDimension, List<Integer>>(CountDimension.class);
        Map<String, Integer> platforms = new java.util.LinkedHashMap<>();
        Map<String, Integer> platformIndex = new java.util.HashMap<>();
        long total = 0;
        for (int i = 0; i < cells.size(); i++) {
            var c = cells.get(i);
            ofDimension.computeIfAbsent(c.dimension(), d -> new ArrayList<>()).add(i);
            if (c.dimension() == CountDimension.TOTAL) {
                total = c.count();
            } else if (c.dimension() == CountDimension.PLATFORM) {
                platforms.put(c.category(), c.count());
                platformIndex.put(c.category(), i);
            } else {
                sums.merge(c.dimension(), (long) c.count(), Long::sum);
            }
        }
        for (var e : sums.entrySet()) {
            if (e.getValue() > total) {
                problems.add(new Problem(fieldPrefix, "the " + e.getKey() + " cells add up to " + e.getValue()
                        + ", more than the TOTAL of " + total, "sum-exceeds-total"));
                concerned.add(List.copyOf(ofDimension.get(e.getKey())));
            }
        }
        if (platforms.isEmpty()) {
            return;
        }
        long none = platforms.getOrDefault(NONE, 0);
        if (none > total) {
            problems.add(new Problem(fieldPrefix, "PLATFORM NONE is " + none + ", more than the TOTAL of " + total,
                    "sum-exceeds-total"));
            concerned.add(List.of(platformIndex.get(NONE)));
            return;
        }
        long naming = total - none;
        long sum = 0;
        var named = new ArrayList<Integer>();
        for (var e : platforms.entrySet()) {
            if (e.getKey().equals(NONE)) {
                continue;
            }
            named.add(platformIndex.get(e.getKey()));
            sum += e.getValue();
            if (e.getValue() > naming) {
                problems.add(new Problem(fieldPrefix, "PLATFORM " + e.getKey() + " is " + e.getValue()
                        + ", more than the " + naming + " reports naming a platform (TOTAL − NONE)", "platform-exceeds-named"));
                concerned.add(List.of(platformIndex.get(e.getKey())));
            }
        }
        if (sum < naming) {
            problems.add(new Problem(fieldPrefix, "the PLATFORM cells add up to " + sum + ", fewer than the "
                    + naming + " reports naming a platform (TOTAL − NONE): every such report names at least one", "platforms-short"));
            concerned.add(List.copyOf(named));
        }
    }

    private static CountDimension dimension(String text) {
        if (text == null) {
            return null;
        }
        try {
            return CountDimension.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String category(CountDimension dimension, String raw, String at, List<Problem> problems) {
        String text = raw == null ? "" : raw.trim();
        String field = at + ".category";
        switch (dimension) {
            case TOTAL -> {
                if (!text.isEmpty()) {
                    problems.add(new Problem(field, "a TOTAL cell has no category", "total-category"));
                    return null;
                }
                return "";
            }
            case AGE -> {
                if (text.equalsIgnoreCase(UNKNOWN)) {
                    return UNKNOWN;
                }
                var band = AgeRange.parse(text);
                if (band.isEmpty()) {
                    problems.add(new Problem(field, "'" + text + "' is not an age band: write LO-HI or LO+ "
                            + "with ages 0–120 and LO ≤ HI, or UNKNOWN", "bad-age-band"));
                    return null;
                }
                return band.get().label();
            }
            case OUTCOME -> {
                return enumName(Outcome.class, text, field, problems);
            }
            case GENDER -> {
                return enumName(Gender.class, text, field, problems);
            }
            case PLATFORM -> {
                if (text.equalsIgnoreCase(NONE)) {
                    return NONE;
                }
                return enumName(Platform.class, text, field, problems);
            }
            default -> throw new IllegalStateException(dimension.name());
        }
    }

    private static <E extends Enum<E>> String enumName(Class<E> type, String text, String field, List<Problem> problems) {
        for (var constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text)) {
                return constant.name();
            }
        }
        var names = new StringBuilder();
        for (var constant : type.getEnumConstants()) {
            names.append(names.length() == 0 ? "" : ", ").append(constant.name());
        }
        if (type == Platform.class) {
            names.append(", NONE");
        }
        var what = type.getSimpleName().toLowerCase(Locale.ROOT);
        problems.add(new Problem(field, "'" + text + "' is not " + ("aeiou".indexOf(what.charAt(0)) >= 0 ? "an " : "a ") + what
                + ": one of " + names, "bad-enum"));
        return null;
    }
}
