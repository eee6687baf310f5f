package uk.nciistats.export;

import uk.nciistats.cohort.AskedQuestion;
import uk.nciistats.cohort.CohortQuestionRules;
import uk.nciistats.cohort.Dimension;
import uk.nciistats.cohort.ShareBase;
import uk.nciistats.errors.ValidationException;
import uk.nciistats.reference.Country;
import uk.nciistats.returns.Gender;
import uk.nciistats.returns.Outcome;
import uk.nciistats.returns.Platform;
import uk.nciistats.returns.ReturnStatus;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A cohort question written as URL query parameters, as the exports, the Grafana endpoint and the
 * OData feed take it: {@code groupBy=FORCE,AGE_BAND&from=2016-01-01&bands=0-17,18-24,25+}. Lists are
 * comma-separated or repeated. This class only translates the parameters into the cohort package's
 * {@link AskedQuestion}: it refuses what is wrong with the URL itself (an unknown parameter, one
 * given without a value, several values where one is taken) and text that is not a date or a known
 * name, with a VALIDATION error naming the argument of {@code cohortStats} it stands for (as GraphQL
 * names it). Everything about the question itself, age bands included, is left to
 * {@link CohortQuestionRules}, exactly as for GraphQL.
 *
 * <p>Parameters and the arguments they stand for: {@code forces, regions, countries, offences, from,
 * to, outcomes, platforms, genders, statuses} → {@code filter.*}; {@code ages} → {@code
 * filter.ageBands}; {@code groupBy}; {@code bands} (or {@code ageBands}) → {@code ageBands}; {@code
 * shareBase}.
 */
public final class CohortParameters {
    /** Parameters that narrow which reports count. */
    public static final Set<String> FILTER = Set.of("forces", "regions", "countries", "offences", "from", "to", "ages",
            "outcomes", "platforms", "genders", "statuses");
    /** Parameters that shape the rows of a cohort answer. */
    public static final Set<String> SHAPE = Set.of("groupBy", "bands", "ageBands", "shareBase");

    private final Map<String, List<String>> values;

    private CohortParameters(Map<String, List<String>> values) {
        this.values = values;
    }

    /**
     * Reads the parameters; any parameter not in {@code accepted}, and any given without a value
     * ({@code groupBy=} aside: no grouping), is refused, so a misspelt or empty one never silently
     * widens the answer.
     */
    public static CohortParameters of(Map<String, List<String>> parameters, Set<String> accepted) {
        var values = new LinkedHashMap<String, List<String>>();
        parameters.forEach((name, given) -> {
            if (!accepted.contains(name)) {
                throw new ValidationException(name, "unknown parameter '" + name + "': use " + String.join(", ",
                        new TreeSet<>(accepted)));
            }
            var items = new ArrayList<String>();
            for (var value : given == null ? List.<String>of() : given) {
                Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(items::add);
            }
            if (!items.isEmpty()) {
                values.put(name, items);
            } else if (!name.equals("groupBy")) {
                throw new ValidationException(name, "parameter '" + name + "' is empty: leave it out rather than"
                        + " send it without a value (an empty filter would otherwise mean every " + name + ")");
            }
        });
        if (values.containsKey("bands") && values.containsKey("ageBands")) {
            throw new ValidationException("ageBands", "give the bands once, as bands or as ageBands, not both");
        }
        return new CohortParameters(values);
    }

    /** The question the parameters ask, for {@link CohortQuestionRules} to check. */
    public AskedQuestion asked() {
        var filter = new AskedQuestion.Filter(texts("forces"), texts("regions"),
                names("countries", "filter.countries", Country.class), texts("offences"),
                date("from", "filter.from"), date("to", "filter.to"), bands("ages"),
                names("outcomes", "filter.outcomes", Outcome.class), names("platforms", "filter.platforms", Platform.class),
                names("genders", "filter.genders", Gender.class), names("statuses", "filter.statuses", ReturnStatus.class));
        var bands = values.containsKey("bands") ? bands("bands") : bands("ageBands");
        var shareBase = one("shareBase", "shareBase") == null ? null
                : name(one("shareBase", "shareBase"), "shareBase", ShareBase.class);
        return new AskedQuestion(filter, names("groupBy", "groupBy", Dimension.class), bands, shareBase);
    }

    /**
     * The parameters of a raw URL query string, percent-decoded as RFC 3986 says: a {@code +} stays a
     * plus, so {@code bands=25+} is the open band 25+ (HTML forms' "+ is a space" does not apply; write
     * a space as {@code %20}).
     */
    public static Map<String, List<String>> query(String rawQuery) {
        var parameters = new LinkedHashMap<String, List<String>>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (var pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            var name = decode(eq < 0 ? pair : pair.substring(0, eq));
            var value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(text, "'" + text + "' is not a valid URL query part");
        }
    }

    /** The values of a list parameter, or null when it was not given. */
    public List<String> list(String parameter) {
        return values.get(parameter);
    }

    private List<String> texts(String parameter) {
        return values.get(parameter);
    }

    /** The one value of a parameter, or null when not given; several values are refused. */
    String one(String parameter, String argument) {
        var given = values.get(parameter);
        if (given == null) {
            return null;
        }
        if (given.size() > 1) {
            throw new ValidationException(argument, "give one value of " + parameter + ", not " + given.size());
        }
        return given.get(0);
    }

    LocalDate date(String parameter, String argument) {
        var text = one(parameter, argument);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ValidationException(argument, parameter + " '" + text + "' is not a date: write YYYY-MM-DD");
        }
    }

    private <E extends Enum<E>> List<E> names(String parameter, String argument, Class<E> type) {
        var given = values.get(parameter);
        return given == null ? null : given.stream().map(v -> name(v, argument, type)).toList();
    }

    static <E extends Enum<E>> E name(String text, String argument, Class<E> type) {
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(argument, "unknown value '" + text + "': use one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** Bands as written ({@code LO-HI}, {@code LO+} or one age), read and checked by the cohort rules. */
    private List<AskedQuestion.Band> bands(String parameter) {
        var given = values.get(parameter);
        return given == null ? null : given.stream().map(AskedQuestion.Band::written).toList();
    }
}
