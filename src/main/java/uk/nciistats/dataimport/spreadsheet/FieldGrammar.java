package uk.nciistats.dataimport.spreadsheet;

import uk.nciistats.reference.Force;
import uk.nciistats.returns.AgeRange;
import uk.nciistats.returns.Gender;
import uk.nciistats.returns.HomeOfficeOutcome;
import uk.nciistats.returns.Outcome;
import uk.nciistats.returns.Platform;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values every field understands without a mapping, because they can mean only one thing: a
 * force's GSS code, name or short name; an ISO or day/month/year (UK) date, or an English month
 * name; a whole number as an age; age bands written {@code 10-19}, {@code 10 to 19},
 * {@code under 20} or {@code 60+}; the names of the genders, outcomes and platforms; a Home Office
 * outcome type written {@code outcome 15}. A mapping's
 * value entries are written in the same grammar. Input is already {@linkplain CellText#normalise
 * normalised}. Anything else (like {@code 1520}, {@code f} or {@code met police}) needs a mapping
 * entry: it is only ever suggested, never read.
 */
public final class FieldGrammar {
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern UK = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("([a-z]+)[ -](\\d{4})");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,4}");
    private static final Pattern RANGE = Pattern.compile("(\\d{1,3}) ?(?:-|–|to) ?(\\d{1,3})");
    private static final Pattern UNDER = Pattern.compile("(?:under|<) ?(\\d{1,3})");
    private static final Pattern HOME_OFFICE = Pattern.compile("(?:home office )?outcome (\\d{1,2})");
    private static final Pattern AND_OVER = Pattern.compile("(\\d{1,3}) ?(?:\\+|and over|or over|and above|or older)");

    private FieldGrammar() {
    }

    /** The value a normalised text stands for in {@code field}, when it can stand for only one. */
    public static Optional<?> read(Field field, String text, List<Force> forces) {
        return switch (field) {
            case FORCE -> force(text, forces);
            case DATE -> date(text);
            case AGE -> { var age = age(text); yield age.isPresent() ? Optional.of(age.getAsInt()) : Optional.empty(); }
            case AGE_BAND -> band(text);
            case GENDER -> named(text, Gender.class);
            case OUTCOME -> outcome(text);
            case PLATFORMS -> platforms(text);
        };
    }

    /** A force by GSS code, full name or short name; the answer is its code. */
    public static Optional<String> force(String text, List<Force> forces) {
        return forces.stream().filter(f -> CellText.normalise(f.code()).equals(text)
                        || CellText.normalise(f.name()).equals(text) || CellText.normalise(f.shortName()).equals(text))
                .map(Force::code).findFirst();
    }

    public static Optional<DateText> date(String text) {
        try {
            var iso = ISO.matcher(text);
            if (iso.matches()) {
                return Optional.of(new DateText.Day(LocalDate.of(num(iso, 1), num(iso, 2), num(iso, 3))));
            }
            var uk = UK.matcher(text);
            if (uk.matches()) {
                return Optional.of(new DateText.Day(LocalDate.of(num(uk, 3), num(uk, 2), num(uk, 1))));
            }
        } catch (DateTimeException notADay) {
            return Optional.empty();
        }
        var monthYear = MONTH_YEAR.matcher(text);
        if (monthYear.matches()) {
            return month(monthYear.group(1)).map(m -> new DateText.MonthOfYear(YearMonth.of(num(monthYear, 2), m)));
        }
        return month(text).map(DateText.MonthOnly::new);
    }

    /** An English month name, in full or its usual abbreviation ({@code nov}, {@code sept}). */
    public static Optional<Month> month(String text) {
        for (var m : Month.values()) {
            var full = m.getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.ROOT);
            if (text.equals(full) || text.equals(full.substring(0, 3)) || (m == Month.SEPTEMBER && text.equals("sept"))) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** A whole number of years; range (0–120) is checked by the caller so it can say what is wrong. */
    public static OptionalInt age(String text) {
        return WHOLE.matcher(text).matches() ? OptionalInt.of(Integer.parseInt(text)) : OptionalInt.empty();
    }

    public static Optional<AgeRange> band(String text) {
        var range = RANGE.matcher(text);
        if (range.matches()) {
            return ageRange(num(range, 1), num(range, 2), false);
        }
        var under = UNDER.matcher(text);
        if (under.matches()) {
            return ageRange(0, num(under, 1) - 1, false);
        }
        var over = AND_OVER.matcher(text);
        if (over.matches()) {
            return ageRange(num(over, 1), AgeRange.OLDEST, true);
        }
        return Optional.empty();
    }

    /**
     * An outcome by its name, or a Home Office outcome type written {@code outcome 15} (the type
     * is kept, and stands for the outcome the contract's table gives it).
     */
    public static Optional<?> outcome(String text) {
        var named = named(text, Outcome.class);
        return named.isPresent() ? named : homeOfficeOutcome(text);
    }

    /** A Home Office outcome type written {@code outcome 15} or {@code home office outcome 15} (0–22). */
    public static Optional<HomeOfficeOutcome> homeOfficeOutcome(String text) {
        var m = HOME_OFFICE.matcher(text);
        return m.matches() ? HomeOfficeOutcome.of(num(m, 1)) : Optional.empty();
    }

    /** One or more platform names separated by {@code ;} or {@code ,}, e.g. {@code facebook; other}. */
    public static Optional<Set<Platform>> platforms(String text) {
        var set = EnumSet.noneOf(Platform.class);
        for (var part : text.split("[;,]")) {
            var platform = named(part.strip(), Platform.class);
            if (platform.isEmpty()) {
                return Optional.empty();
            }
            set.add(platform.get());
        }
        return Optional.of(set);
    }

    /** An enum constant by its name, with spaces for underscores: {@code no further action}. */
    public static <E extends Enum<E>> Optional<E> named(String text, Class<E> type) {
        for (var constant : type.getEnumConstants()) {
            if (constant.name().toLowerCase(Locale.ROOT).replace('_', ' ').equals(text.replace('_', ' '))) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    private static Optional<AgeRange> ageRange(int min, int max, boolean openEnded) {
        return min <= max && max <= AgeRange.OLDEST ? Optional.of(new AgeRange(min, max, openEnded)) : Optional.empty();
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
