package uk.nciistats.dataimport.spreadsheet;

import uk.nciistats.dataimport.spreadsheet.sheet.Sheet;
import uk.nciistats.dataimport.spreadsheet.sheet.SheetRow;
import uk.nciistats.reference.Force;
import uk.nciistats.returns.AgeRange;
import uk.nciistats.returns.Gender;
import uk.nciistats.returns.Granularity;
import uk.nciistats.returns.HomeOfficeOutcome;
import uk.nciistats.returns.Outcome;
import uk.nciistats.returns.Platform;
import uk.nciistats.returns.ReturnRules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a spreadsheet through a mapping into the interchange format. Pure: no database, no server.
 *
 * <p>Each row's cells are read field by field: an empty cell or an unknown marker ({@code nn}) is
 * "not known"; a value entry of the mapping says what any other text means; failing that, the
 * {@link FieldGrammar} reads what can mean only one thing; anything else is listed as unmapped and
 * stops the import. Rows whose read columns are all empty are skipped.
 *
 * <p>With a force column, the file fills one new return per force found in it. A return is RECORDS
 * (one report per row) unless some row of its force gives the victim's age only as a band: a report
 * carries an exact age or none, so such a force becomes an AGGREGATE return whose published cells
 * are counted from its rows (TOTAL; AGE with the force's bands, exact ages inside a band counted in
 * it, other exact ages as one-year bands, UNKNOWN; OUTCOME; GENDER and PLATFORM when mapped).
 */
public final class Translator {
    private static final List<String> RETURNS_HEADER = List.of("return_ref", "force_code", "period_start",
            "period_end", "granularity", "source", "received_on");
    private static final List<String> REPORTS_HEADER = List.of("return_ref", "reported_on", "victim_age",
            "victim_gender", "platforms", "outcome", "home_office_outcome");
    private static final List<String> COUNTS_HEADER = List.of("return_ref", "dimension", "category", "count");

    private final Sheet sheet;
    private final Mapping mapping;
    private final ExistingReturn existing;
    private final List<Force> forces;
    private final Map<String, Force> forcesByCode;
    private final LocalDate periodStart;
    private final LocalDate periodEnd;
    private final List<RowProblem> problems = new ArrayList<>();
    private final UnmappedTexts unmapped = new UnmappedTexts();
    private final ColumnTally tally = new ColumnTally();
    private final java.util.Set<String> badEntries = new java.util.HashSet<>();

    private Translator(Sheet sheet, Mapping mapping, ExistingReturn existing, List<Force> forces) {
        this.sheet = sheet;
        this.mapping = mapping;
        this.existing = existing;
        this.forces = List.copyOf(forces);
        this.forcesByCode = forces.stream().collect(Collectors.toMap(Force::code, Function.identity()));
        this.periodStart = existing != null ? existing.periodStart() : mapping.defaults().periodStart();
        this.periodEnd = existing != null ? existing.periodEnd() : mapping.defaults().periodEnd();
    }

    /**
     * Reads {@code sheet} through {@code mapping} into new returns (its defaults), or into
     * {@code existing} when that is not null; {@code forces} are the known forces.
     */
    public static Translation translate(Sheet sheet, Mapping mapping, ExistingReturn existing, List<Force> forces) {
        return new Translator(sheet, mapping, existing, forces).run();
    }

    private Translation run() {
        boolean readable = checkSetup();
        var read = new ArrayList<ReadRow>();
        int empty = 0;
        if (readable) {
            for (var row : sheet.rows()) {
                if (blank(row)) {
                    empty++;
                } else {
                    read.add(read(row));
                }
            }
        }
        var returnsFile = new TranslatedFile("returns.csv", RETURNS_HEADER);
        var reportsFile = new TranslatedFile("reports.csv", REPORTS_HEADER);
        var countsFile = new TranslatedFile("counts.csv", COUNTS_HEADER);
        var planned = new ArrayList<PlannedReturn>();
        for (var group : groups(read).entrySet()) {
            planned.add(fill(group.getKey(), group.getValue(), returnsFile, reportsFile, countsFile));
        }
        var previews = read.stream().map(r -> r.preview(refOf(r.forceCode), forceName(r.forceCode))).toList();
        problems.addAll(unmapped.refuseFreeText());
        return new Translation(planned, previews, unmapped.values(forces), problems, tally.warnings(), empty,
                returnsFile, reportsFile, countsFile);
    }

    // --- the mapping against the file ---

    private boolean checkSetup() {
        boolean readable = true;
        for (var field : mapping.columns().keySet()) {
            for (var column : mapping.columnsOf(field)) {
                if (sheet.indexOf(column) < 0) {
                    problems.add(new RowProblem(0, column, "missing-column", "the mapping reads column '" + column
                            + "' for " + field.label() + ", but the file has no such column"));
                    readable = false;
                }
            }
        }
        if (mapping.columns().isEmpty()) {
            problems.add(new RowProblem(0, "", "no-columns", "the mapping reads no column of the file"));
            readable = false;
        }
        var d = mapping.defaults();
        if (existing != null && existing.granularity() != Granularity.RECORDS) {
            problems.add(new RowProblem(0, "", "aggregate-target", "return '" + existing.ref() + "' is "
                    + existing.granularity() + ": its published cells are stored already and an import cannot add"
                    + " to them; import the file into a new return, or into a RECORDS return"));
            readable = false;
        }
        if (existing == null) {
            if (!mapping.maps(Field.FORCE) && (d.forceCode() == null || !forcesByCode.containsKey(d.forceCode()))) {
                problems.add(new RowProblem(0, "", "no-force", "no column names the force, so choose the force"
                        + " of the return (a known GSS code)"));
            }
            if (d.periodStart() == null || d.periodEnd() == null) {
                problems.add(new RowProblem(0, "", "no-period", "give the period the file covers (first and last day)"));
            } else if (d.periodEnd().isBefore(d.periodStart())) {
                problems.add(new RowProblem(0, "", "bad-period", "the period ends (" + d.periodEnd()
                        + ") before it starts (" + d.periodStart() + ")"));
            }
            if (d.source() == null || d.source().isBlank()) {
                problems.add(new RowProblem(0, "", "no-source", "say where the figures came from (e.g. an FOI reference)"));
            }
            int longest = mapping.maps(Field.FORCE) ? ReturnRules.MAX_REF - 10 : ReturnRules.MAX_REF;
            if (d.ref() == null || d.ref().isBlank() || d.ref().strip().length() > longest) {
                problems.add(new RowProblem(0, "", "bad-ref", "give the return's reference"
                        + (mapping.maps(Field.FORCE) ? " prefix (1–" + longest + " characters; each force's return is"
                        + " PREFIX-GSS code)" : " (1–" + longest + " characters)")));
            }
        }
        checkEntries();
        return readable;
    }

    private void checkEntries() {
        mapping.values().forEach((field, entries) -> entries.forEach((text, target) -> {
            if (!target.isBlank() && !readsAs(field, CellText.normalise(target))) {
                badEntries.add(field + "|" + text);
                problems.add(new RowProblem(0, String.join(", ", mapping.columnsOf(field)), "bad-mapping-entry",
                        "the mapping says " + field.label() + " '" + text + "' means '" + target
                                + "', which is not a value of that field"));
            }
        }));
    }

    private boolean readsAs(Field field, String text) {
        if (field == Field.AGE) {
            var age = FieldGrammar.age(text);
            return (age.isPresent() && age.getAsInt() <= AgeRange.OLDEST) || FieldGrammar.band(text).isPresent();
        }
        return FieldGrammar.read(field, text, forces).isPresent();
    }

    // --- one row ---

    private boolean blank(SheetRow row) {
        return mapping.columnsRead().stream().allMatch(c -> row.cell(sheet.indexOf(c)).isBlank());
    }

    private ReadRow read(SheetRow row) {
        var r = new ReadRow(row.number());
        r.forceCode = forceOf(row, r);
        readDate(row, r);
        readAge(row, r);
        r.gender = Objects.requireNonNullElse((Gender) one(Field.GENDER, row, r), Gender.UNKNOWN);
        var outcome = one(Field.OUTCOME, row, r);
        if (outcome instanceof HomeOfficeOutcome homeOffice) {
            r.homeOfficeOutcome = homeOffice;
            r.outcome = homeOffice.outcome();
        } else {
            r.outcome = Objects.requireNonNullElse((Outcome) outcome, Outcome.UNKNOWN);
        }
        for (var column : mapping.columnsOf(Field.PLATFORMS)) {
            @SuppressWarnings("unchecked")
            var named = (Set<Platform>) value(Field.PLATFORMS, column, row, r);
            if (named != null) {
                r.platforms.addAll(named);
            }
        }
        return r;
    }

    private String forceOf(SheetRow row, ReadRow r) {
        if (!mapping.maps(Field.FORCE)) {
            return existing != null ? existing.forceCode() : mapping.defaults().forceCode();
        }
        var code = (String) one(Field.FORCE, row, r);
        var column = mapping.columnsOf(Field.FORCE).get(0);
        if (code == null && !r.unmapped) {
            problem(r, column, "no-force", "the row names no force");
        } else if (code != null && existing != null && !code.equals(existing.forceCode())) {
            problem(r, column, "other-force", "the row is " + forceName(code) + "'s, but return '" + existing.ref()
                    + "' is " + forceName(existing.forceCode()) + "'s");
        }
        return code;
    }

    private void readDate(SheetRow row, ReadRow r) {
        if (!mapping.maps(Field.DATE)) {
            return;
        }
        var column = mapping.columnsOf(Field.DATE).get(0);
        r.dateText = row.cell(sheet.indexOf(column)).strip();
        var date = (DateText) one(Field.DATE, row, r);
        if (date == null || periodStart == null || periodEnd == null) {
            return;
        }
        if (date instanceof DateText.Day day) {
            if (day.day().isBefore(periodStart) || day.day().isAfter(periodEnd)) {
                problem(r, column, "date-outside-period", day.day() + " lies outside the period "
                        + periodStart + ".." + periodEnd);
            } else {
                r.reportedOn = day.day();
            }
        } else if (date instanceof DateText.MonthOfYear month) {
            inMonth(month.month(), r, column);
        } else if (date instanceof DateText.MonthOnly month) {
            var candidates = new ArrayList<YearMonth>();
            for (var ym = YearMonth.from(periodStart); !ym.isAfter(YearMonth.from(periodEnd)); ym = ym.plusMonths(1)) {
                if (ym.getMonth() == month.month()) {
                    candidates.add(ym);
                }
            }
            if (candidates.isEmpty()) {
                problem(r, column, "month-outside-period", "'" + r.dateText + "' is a month outside the period "
                        + periodStart + ".." + periodEnd + ": map the value to a date, or to not known");
            } else if (candidates.size() > 1) {
                problem(r, column, "month-ambiguous", "'" + r.dateText + "' names a month that comes "
                        + candidates.size() + " times in the period " + periodStart + ".." + periodEnd
                        + ": map the value to a month of a year (e.g. "
                        + candidates.get(0).getMonth().name().toLowerCase(java.util.Locale.ROOT)
                        + " " + candidates.get(0).getYear() + ")");
            } else {
                inMonth(candidates.get(0), r, column);
            }
        }
    }

    private void inMonth(YearMonth month, ReadRow r, String column) {
        var first = month.atDay(1).isBefore(periodStart) ? periodStart : month.atDay(1);
        if (first.isAfter(periodEnd) || month.atEndOfMonth().isBefore(periodStart)) {
            problem(r, column, "month-outside-period", month + " lies outside the period " + periodStart + ".." + periodEnd);
        } else if (mapping.monthDates() == MonthDates.FIRST_DAY_IN_PERIOD) {
            r.reportedOn = first;
        }
    }

    private void readAge(SheetRow row, ReadRow r) {
        var age = one(Field.AGE, row, r);
        var band = (AgeRange) one(Field.AGE_BAND, row, r);
        if (age instanceof Integer years) {
            if (years > AgeRange.OLDEST) {
                problem(r, mapping.columnsOf(Field.AGE).get(0), "age-range", "an age is 0 to 120 years, not " + years);
            } else {
                r.age = years;
            }
        } else if (age instanceof AgeRange given && band == null) {
            band = given;
        }
        if (r.age != null && band != null && !band.contains(new AgeRange(r.age, r.age, false))) {
            problem(r, mapping.columnsOf(Field.AGE_BAND).get(0), "age-outside-band", "the age " + r.age
                    + " lies outside the band " + band.label() + " given beside it");
        }
        r.band = r.age == null ? band : null;
    }

    /** The value of a single-column field, or null when not known, unmapped or not mapped. */
    private Object one(Field field, SheetRow row, ReadRow r) {
        return mapping.maps(field) ? value(field, mapping.columnsOf(field).get(0), row, r) : null;
    }

    private Object value(Field field, String column, SheetRow row, ReadRow r) {
        var text = row.cell(sheet.indexOf(column));
        var key = CellText.normalise(text);
        if (key.isEmpty()) {
            return null;
        }
        var target = mapping.valuesOf(field).get(key);
        if (target != null) {
            var meant = target.isBlank() || badEntries.contains(field + "|" + key) ? null
                    : parse(field, CellText.normalise(target));
            tally.count(field, column, key, meant, true, r.row);
            return meant;
        }
        if (mapping.unknownMarkers().contains(key)) {
            tally.count(field, column, key, null, false, r.row);
            return null;
        }
        var read = parse(field, key);
        if (read == null) {
            r.unmapped = true;
            unmapped.add(field, column, text, key, r.row);
        } else {
            tally.count(field, column, key, read, false, r.row);
        }
        return read;
    }

    private Object parse(Field field, String text) {
        if (field == Field.AGE) {
            var age = FieldGrammar.age(text);
            return age.isPresent() ? (Object) age.getAsInt() : FieldGrammar.band(text).orElse(null);
        }
        return FieldGrammar.read(field, text, forces).orElse(null);
    }

    private void problem(ReadRow r, String column, String rule, String message) {
        problems.add(new RowProblem(r.row, column, rule, message));
        r.problems.add(message);
    }

    // --- returns ---

    private Map<String, List<ReadRow>> groups(List<ReadRow> rows) {
        var groups = new TreeMap<String, List<ReadRow>>();
        if (existing != null) {
            if (existing.granularity() == Granularity.RECORDS) {
                groups.put(existing.forceCode(), rows);
            }
            return groups;
        }
        for (var r : rows) {
            if (r.forceCode != null) {
                groups.computeIfAbsent(r.forceCode, k -> new ArrayList<>()).add(r);
            }
        }
        return groups;
    }

    private PlannedReturn fill(String forceCode, List<ReadRow> rows, TranslatedFile returnsFile,
                               TranslatedFile reportsFile, TranslatedFile countsFile) {
        var ref = refOf(forceCode);
        var banded = rows.stream().filter(r -> r.band != null).toList();
        var sources = rows.stream().map(r -> r.row).toList();
        Granularity granularity;
        String why;
        if (existing != null) {
            granularity = existing.granularity();
            why = "the chosen return is " + granularity;
            if (granularity == Granularity.RECORDS) {
                banded.forEach(r -> problem(r, String.join(", ", mapping.columnsOf(Field.AGE_BAND)), "band-in-records",
                        "the age is given only as the band " + r.band.label() + ", but return '" + ref
                                + "' holds reports, whose age is exact or not known: map the band to not known,"
                                + " or import into a new (AGGREGATE) return"));
            }
        } else {
            granularity = banded.isEmpty() ? Granularity.RECORDS : Granularity.AGGREGATE;
            why = banded.isEmpty() ? "every age it gives is exact or not known: one report per row"
                    : banded.size() + " of its " + rows.size() + " rows give the age only as a band (e.g. "
                    + banded.get(0).band.label() + "): its rows are counted into published cells";
            var d = mapping.defaults();
            returnsFile.add(List.of(ref, forceCode, d.periodStart().toString(), d.periodEnd().toString(),
                    granularity.name(), d.source().strip(), d.receivedOn() == null ? "" : d.receivedOn().toString()), sources);
        }
        if (granularity == Granularity.RECORDS) {
            for (var r : rows) {
                reportsFile.add(List.of(ref, r.reportedOn == null ? "" : r.reportedOn.toString(),
                        r.age == null ? "" : r.age.toString(), r.gender.name(),
                        r.platforms.stream().map(Platform::name).collect(Collectors.joining(";")), r.outcome.name(),
                        r.homeOfficeOutcome == null ? "" : Integer.toString(r.homeOfficeOutcome.type())), List.of(r.row));
            }
        } else {
            publishedCells(ref, rows, countsFile);
        }
        return new PlannedReturn(ref, forceCode, granularity, rows.size(), existing == null, why);
    }

    private void publishedCells(String ref, List<ReadRow> rows, TranslatedFile countsFile) {
        var sources = rows.stream().map(r -> r.row).toList();
        countsFile.add(List.of(ref, "TOTAL", "", Integer.toString(rows.size())), sources);
        var bands = bandsOf(rows);
        var ages = new TreeMap<String, List<Integer>>(java.util.Comparator.comparing(Translator::bandOrder));
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
        cells(ref, "OUTCOME", rows, r -> List.of(r.outcome.name()), Outcome.class, countsFile);
        if (mapping.maps(Field.GENDER)) {
            cells(ref, "GENDER", rows, r -> List.of(r.gender.name()), Gender.class, countsFile);
        }
        if (mapping.maps(Field.PLATFORMS)) {
            cells(ref, "PLATFORM", rows, r -> r.platforms.isEmpty() ? List.of("NONE")
                    : r.platforms.stream().map(Platform::name).toList(), Platform.class, countsFile);
        }
    }

    private <E extends Enum<E>> void cells(String ref, String dimension, List<ReadRow> rows,
                                           Function<ReadRow, List<String>> categories, Class<E> order,
                                           TranslatedFile countsFile) {
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
                .sorted(java.util.Comparator.comparingInt(AgeRange::min).thenComparingInt(AgeRange::max)).toList();
        for (int i = 1; i < bands.size(); i++) {
            var earlier = bands.get(i - 1);
            var later = bands.get(i);
            if (earlier.overlaps(later)) {
                rows.stream().filter(r -> later.equals(r.band)).findFirst().ifPresent(r -> problem(r,
                        String.join(", ", mapping.columnsOf(Field.AGE_BAND)), "overlapping-bands",
                        forceName(r.forceCode) + " gives the overlapping age bands " + earlier.label() + " and "
                                + later.label() + ": published cells cannot say which one a victim is in;"
                                + " map one of them to the other"));
            }
        }
        return bands;
    }

    private static String bandOrder(String category) {
        if (category.equals("UNKNOWN")) {
            return "~";
        }
        var range = AgeRange.parse(category).orElseThrow();
        return String.format("%03d-%03d", range.min(), range.max());
    }

    private String refOf(String forceCode) {
        if (existing != null) {
            return existing.ref();
        }
        var prefix = mapping.defaults().ref() == null ? "" : mapping.defaults().ref().strip();
        return mapping.maps(Field.FORCE) ? prefix + "-" + forceCode : prefix;
    }

    private String forceName(String code) {
        if (code == null) {
            return "";
        }
        var force = forcesByCode.get(code);
        return force == null ? code : force.shortName();
    }

    /** A row as read, before it becomes a report or part of a cell. */
    private static final class ReadRow {
        final int row;
        final List<String> problems = new ArrayList<>();
        final EnumSet<Platform> platforms = EnumSet.noneOf(Platform.class);
        String forceCode;
        String dateText = "";
        LocalDate reportedOn;
        Integer age;
        AgeRange band;
        Gender gender = Gender.UNKNOWN;
        Outcome outcome = Outcome.UNKNOWN;
        HomeOfficeOutcome homeOfficeOutcome;
        boolean unmapped;

        ReadRow(int row) {
            this.row = row;
        }

        PreviewRow preview(String ref, String force) {
            var date = reportedOn == null ? "" : reportedOn.toString();
            if (!dateText.isEmpty() && !dateText.equals(date)) {
                date = date.isEmpty() ? "not dated (" + dateText + ")" : date + " (" + dateText + ")";
            }
            var shownAge = age != null ? age.toString() : band != null ? band.label() : "";
            return new PreviewRow(row, forceCode == null ? "" : ref, force, date, shownAge, gender.name(),
                    platforms.stream().map(Platform::name).collect(Collectors.joining(";")), outcome.name()
                    + (homeOfficeOutcome == null ? "" : " (Home Office " + homeOfficeOutcome.type() + ")"),
                    unmapped ? withUnmapped() : problems);
        }

        private List<String> withUnmapped() {
            var all = new ArrayList<>(problems);
            all.add(0, "holds a value no mapping covers");
            return all;
        }
    }
}
