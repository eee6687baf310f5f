package uk.nciistats.dataimport.spreadsheet;

import uk.nciistats.dataimport.spreadsheet.sheet.Sheet;
import uk.nciistats.dataimport.spreadsheet.sheet.SheetRow;
import uk.nciistats.returns.AgeRange;
import uk.nciistats.returns.Gender;
import uk.nciistats.returns.HomeOfficeOutcome;
import uk.nciistats.returns.Outcome;
import uk.nciistats.returns.Platform;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a spreadsheet row, field by field, into a {@link ReadRow}: an empty cell or an unknown
 * marker is not known; a value entry of the mapping says what any other text means; failing that,
 * the {@link FieldGrammar} reads what can mean only one thing; anything else is collected as
 * unmapped. Dates must lie in the period, a month alone is placed in it, an age must fit the band
 * given beside it. Remembers what it read in each watched column ({@link ColumnTally}).
 */
final class RowReader {
    private final Sheet sheet;
    private final Mapping mapping;
    private final ExistingReturn existing;
    private final ForceNames forces;
    private final MappingCheck check;
    private final List<RowProblem> problems;
    private final LocalDate periodStart;
    private final LocalDate periodEnd;
    private final UnmappedTexts unmapped = new UnmappedTexts();
    private final ColumnTally tally = new ColumnTally();

    /** A reader adding the problems it finds to {@code problems}. */
    RowReader(Sheet sheet, Mapping mapping, ExistingReturn existing, ForceNames forces, MappingCheck check,
              List<RowProblem> problems) {
        this.sheet = sheet;
        this.mapping = mapping;
        this.existing = existing;
        this.forces = forces;
        this.check = check;
        this.problems = problems;
        this.periodStart = existing != null ? existing.periodStart() : mapping.defaults().periodStart();
        this.periodEnd = existing != null ? existing.periodEnd() : mapping.defaults().periodEnd();
    }

    /** The texts met that no entry covers and the grammar does not read. */
    UnmappedTexts unmapped() {
        return unmapped;
    }

    /** What the watched columns' cells were read as. */
    ColumnTally tally() {
        return tally;
    }

    /** Whether every column the mapping reads is empty in the row: it is skipped. */
    boolean blank(SheetRow row) {
        return mapping.columnsRead().stream().allMatch(c -> row.cell(sheet.indexOf(c)).isBlank());
    }

    ReadRow read(SheetRow row) {
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
            r.problem(problems, column, "no-force", "the row names no force");
        } else if (code != null && existing != null && !code.equals(existing.forceCode())) {
            r.problem(problems, column, "other-force", "the row is " + forces.name(code) + "'s, but return '"
                    + existing.ref() + "' is " + forces.name(existing.forceCode()) + "'s");
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
                r.problem(problems, column, "date-outside-period", day.day() + " lies outside the period "
                        + periodStart + ".." + periodEnd);
            } else {
                r.reportedOn = day.day();
            }
        } else if (date instanceof DateText.MonthOfYear month) {
            inMonth(month.month(), r, column);
        } else if (date instanceof DateText.MonthOnly month) {
            inMonthOnly(month, r, column);
        }
    }

    /** A month without a year: the one month of that name in the period, if there is exactly one. */
    private void inMonthOnly(DateText.MonthOnly month, ReadRow r, String column) {
        var candidates = new ArrayList<YearMonth>();
        for (var ym = YearMonth.from(periodStart); !ym.isAfter(YearMonth.from(periodEnd)); ym = ym.plusMonths(1)) {
            if (ym.getMonth() == month.month()) {
                candidates.add(ym);
            }
        }
        if (candidates.isEmpty()) {
            r.problem(problems, column, "month-outside-period", "'" + r.dateText + "' is a month outside the period "
                    + periodStart + ".." + periodEnd + ": map the value to a date, or to not known");
        } else if (candidates.size() > 1) {
            r.problem(problems, column, "month-ambiguous", "'" + r.dateText + "' names a month that comes "
                    + candidates.size() + " times in the period " + periodStart + ".." + periodEnd
                    + ": map the value to a month of a year (e.g. "
                    + candidates.get(0).getMonth().name().toLowerCase(Locale.ROOT)
                    + " " + candidates.get(0).getYear() + ")");
        } else {
            inMonth(candidates.get(0), r, column);
        }
    }

    private void inMonth(YearMonth month, ReadRow r, String column) {
        var first = month.atDay(1).isBefore(periodStart) ? periodStart : month.atDay(1);
        if (first.isAfter(periodEnd) || month.atEndOfMonth().isBefore(periodStart)) {
            r.problem(problems, column, "month-outside-period", month + " lies outside the period " + periodStart
                    + ".." + periodEnd);
        } else if (mapping.monthDates() == MonthDates.FIRST_DAY_IN_PERIOD) {
            r.reportedOn = first;
        }
    }

    private void readAge(SheetRow row, ReadRow r) {
        var age = one(Field.AGE, row, r);
        var band = (AgeRange) one(Field.AGE_BAND, row, r);
        if (age instanceof Integer years) {
            if (years > AgeRange.OLDEST) {
                r.problem(problems, mapping.columnsOf(Field.AGE).get(0), "age-range", "an age is 0 to 120 years, not "
                        + years);
            } else {
                r.age = years;
            }
        } else if (age instanceof AgeRange given && band == null) {
            band = given;
        }
        if (r.age != null && band != null && !band.contains(new AgeRange(r.age, r.age, false))) {
            r.problem(problems, mapping.columnsOf(Field.AGE_BAND).get(0), "age-outside-band", "the age " + r.age
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
            var meant = target.isBlank() || check.refused(field, key) ? null : parse(field, CellText.normalise(target));
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
        return FieldGrammar.read(field, text, forces.all()).orElse(null);
    }
}
