package uk.nciistats.dataimport.spreadsheet;

import uk.nciistats.reference.Force;
import uk.nciistats.returns.Gender;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Proposals for values the grammar does not read: "not known" in its usual spellings, a likely
 * force for a name spelt freely, the month a misspelt month name means, the band a compressed band
 * like {@code 1520} stands for, the gender an abbreviation names, a Home Office outcome or an
 * outcome ({@link OutcomeWording}), platforms ({@link PlatformNames}). Only proposals: the user
 * accepts or changes each one. An outcome nothing here recognises gets no proposal at all: the
 * catch-all OTHER is never offered for text that was not understood.
 */
public final class Suggestions {
    /** The usual ways of writing "not known", normalised. */
    private static final Set<String> NOT_KNOWN = Set.of("n/k", "nk", "n.k.", "n.k", "u/k", "unk", "not known",
            "unknown", "not recorded", "not stated", "not given", "not specified", "unspecified", "not disclosed",
            "no data", "blank", "nil", "null", "n/a", "na", "not applicable", "none", "-", "--", "–", "—", "?", "??",
            ".");
    private static final Pattern COMPRESSED_BAND = Pattern.compile("(\\d{2})(\\d{2})");
    private static final Pattern FORCE_WORDS = Pattern.compile(
            "\\b(police service|police force|police|constabulary|service)\\b");
    private static final Map<String, Gender> GENDERS = Map.of("woman", Gender.FEMALE, "girl", Gender.FEMALE,
            "w", Gender.FEMALE, "man", Gender.MALE, "boy", Gender.MALE);

    private Suggestions() {
    }

    public static Optional<Suggestion> forValue(Field field, String text, List<Force> forces) {
        if (NOT_KNOWN.contains(text)) {
            return Optional.of(new Suggestion("", "reads as not known"));
        }
        return switch (field) {
            case FORCE -> force(text, forces);
            case DATE -> month(text);
            case AGE, AGE_BAND -> band(text);
            case GENDER -> gender(text);
            case OUTCOME -> OutcomeWording.suggest(text);
            case PLATFORMS -> PlatformNames.suggest(text);
        };
    }

    private static Optional<Suggestion> force(String text, List<Force> forces) {
        var bare = FORCE_WORDS.matcher(text).replaceAll("").strip().replaceAll("\\s+", " ");
        if (bare.isEmpty()) {
            return Optional.empty();
        }
        var same = forces.stream().filter(f -> CellText.normalise(f.shortName()).equals(bare)).toList();
        var starting = same.isEmpty() ? forces.stream().filter(f -> CellText.normalise(f.shortName()).startsWith(bare)
                || CellText.normalise(f.name()).startsWith(bare)).toList() : same;
        return starting.size() == 1
                ? Optional.of(new Suggestion(starting.get(0).code(), starting.get(0).name()))
                : Optional.empty();
    }

    private static Optional<Suggestion> month(String text) {
        Month best = null;
        int bestDistance = 3;
        boolean tie = false;
        for (var m : Month.values()) {
            int d = distance(text, m.getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = m;
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance) {
                tie = true;
            }
        }
        return best == null || tie ? Optional.empty()
                : Optional.of(new Suggestion(best.getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.ROOT),
                "looks like a misspelt month"));
    }

    private static Optional<Suggestion> band(String text) {
        var compressed = COMPRESSED_BAND.matcher(text);
        if (compressed.matches()) {
            int lo = Integer.parseInt(compressed.group(1));
            int hi = Integer.parseInt(compressed.group(2));
            if (lo < hi) {
                return Optional.of(new Suggestion(lo + "-" + hi, "reads as ages " + lo + " to " + hi));
            }
        }
        return Optional.empty();
    }

    private static Optional<Suggestion> gender(String text) {
        var named = GENDERS.get(text);
        if (named == null) {
            var starting = java.util.Arrays.stream(Gender.values())
                    .filter(g -> g.name().toLowerCase(Locale.ROOT).startsWith(text)).toList();
            named = starting.size() == 1 ? starting.get(0) : null;
        }
        return Optional.ofNullable(named).map(g -> new Suggestion(g.name(), "abbreviation of " + g.name()));
    }


    /** Levenshtein distance. */
    static int distance(String a, String b) {
        var previous = new int[b.length() + 1];
        var current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            var swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
