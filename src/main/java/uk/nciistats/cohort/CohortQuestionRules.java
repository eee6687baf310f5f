package uk.nciistats.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.nciistats.errors.ValidationException;
import uk.nciistats.reference.Force;
import uk.nciistats.reference.Offence;
import uk.nciistats.reference.ReferenceCatalog;
import uk.nciistats.returns.AgeRange;
import uk.nciistats.returns.Gender;
import uk.nciistats.returns.Outcome;
import uk.nciistats.returns.Platform;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of a cohort question, the one place they live: turns what a caller asked
 * ({@link AskedQuestion}, from GraphQL, the CSV exports, the OData feed, Grafana or the dashboard)
 * into a {@link CohortQuestion}, refusing a question that cannot be answered with a VALIDATION
 * error naming the argument (§2): unknown forces, regions or offences, empty lists, a repeated
 * dimension, two calendar dimensions, {@code from} after {@code to}, text that is no age band, a
 * band with {@code min > max}, a bound outside 0–120, or two identical bands.
 */
@ApplicationScoped
public class CohortQuestionRules {
    private final ReferenceCatalog catalog;

    @Inject
    public CohortQuestionRules(ReferenceCatalog catalog) {
        this.catalog = catalog;
    }

    protected CohortQuestionRules() {
        this(null);
    }

    public CohortQuestion question(AskedQuestion asked) {
        var f = asked.filter() == null ? AskedQuestion.Filter.NONE : asked.filter();
        var forces = known("filter.forces", f.forces(), catalog.forces(null, null).stream().map(Force::code).toList());
        var regions = known("filter.regions", f.regions(), catalog.regions());
        var offences = known("filter.offences", f.offences(), catalog.offences().stream().map(Offence::code).toList());
        var countries = set("filter.countries", f.countries());
        var statuses = set("filter.statuses", f.statuses());
        if (f.from() != null && f.to() != null && f.from().isAfter(f.to())) {
            throw new ValidationException("filter.from", "from (" + f.from() + ") is after to (" + f.to() + ")");
        }
        var ageFilter = f.ageBands() == null ? null : bands("filter.ageBands", f.ageBands());
        var outcomes = enumSet("filter.outcomes", f.outcomes(), Outcome.class);
        var platforms = enumSet("filter.platforms", f.platforms(), Platform.class);
        var genders = enumSet("filter.genders", f.genders(), Gender.class);
        var dims = dimensions(asked.groupBy());
        var bands = asked.ageBands() == null ? CohortQuestion.DEFAULT_BANDS : bands("ageBands", asked.ageBands());
        return new CohortQuestion(forces, regions, countries, offences, statuses, f.from(), f.to(), ageFilter, outcomes,
                platforms, genders, dims, bands, asked.shareBase() == null ? ShareBase.PARENT : asked.shareBase());
    }

    private static List<Dimension> dimensions(List<Dimension> groupBy) {
        if (groupBy == null) {
            return List.of();
        }
        var seen = new LinkedHashSet<Dimension>();
        for (var d : groupBy) {
            if (!seen.add(d)) {
                throw new ValidationException("groupBy", d + " is asked twice: group by each dimension at most once");
            }
        }
        if (seen.stream().filter(Dimension::calendar).count() > 1) {
            throw new ValidationException("groupBy", "group by at most one of YEAR, QUARTER, MONTH");
        }
        return List.copyOf(seen);
    }

    private static List<AgeRange> bands(String argument, List<AskedQuestion.Band> asked) {
        if (asked.isEmpty()) {
            throw new ValidationException(argument, "an empty list of age bands asks for nothing: leave it out instead");
        }
        var bands = new ArrayList<AgeRange>();
        var seen = new HashSet<AgeRange>();
        for (int i = 0; i < asked.size(); i++) {
            var b = asked.get(i);
            String at = argument + "[" + i + "]";
            if (b.unreadable() != null) {
                throw new ValidationException(at, "'" + b.unreadable() + "' is not an age band: write LO-HI"
                        + " (e.g. 0-17), LO+ (e.g. 25+) or one age");
            }
            int min = b.min() == null ? 0 : b.min();
            int max = b.max() == null ? AgeRange.OLDEST : b.max();
            if (min < 0 || max < 0) {
                throw new ValidationException(at, "an age bound is at least 0");
            }
            if (min > AgeRange.OLDEST || max > AgeRange.OLDEST) {
                throw new ValidationException(at, "an age bound is at most 120 (leave max out for an open band)");
            }
            if (min > max) {
                throw new ValidationException(at, "min (" + min + ") is greater than max (" + max + ")");
            }
            var band = new AgeRange(min, max, b.max() == null);
            if (!seen.add(band)) {
                throw new ValidationException(at, "the band " + band.label() + " is asked twice");
            }
            bands.add(band);
        }
        return List.copyOf(bands);
    }

    private static Set<String> known(String argument, List<String> asked, List<String> known) {
        if (asked == null) {
            return null;
        }
        if (asked.isEmpty()) {
            throw new ValidationException(argument, "an empty list selects nothing: leave the filter out instead");
        }
        var result = new HashSet<String>();
        for (var a : asked) {
            var match = known.stream().filter(k -> k.equalsIgnoreCase(a)).findFirst();
            if (match.isEmpty()) {
                throw new ValidationException(argument, "unknown value '" + a + "'");
            }
            result.add(match.get());
        }
        return result;
    }

    private static <T> Set<T> set(String argument, List<T> asked) {
        if (asked == null) {
            return null;
        }
        if (asked.isEmpty()) {
            throw new ValidationException(argument, "an empty list selects nothing: leave the filter out instead");
        }
        return Set.copyOf(asked);
    }

    private static <E extends Enum<E>> EnumSet<E> enumSet(String argument, List<E> asked, Class<E> type) {
        if (asked == null) {
            return null;
        }
        if (asked.isEmpty()) {
            throw new ValidationException(argument, "an empty list selects nothing: leave the filter out instead");
        }
        var set = EnumSet.noneOf(type);
        set.addAll(asked);
        return set;
    }
}
