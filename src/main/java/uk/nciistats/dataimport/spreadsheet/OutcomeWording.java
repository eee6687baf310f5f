package uk.nciistats.dataimport.spreadsheet;

import uk.nciistats.returns.HomeOfficeOutcome;
import uk.nciistats.returns.Outcome;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How forces write outcomes: the Home Office outcome framework by its number ({@code Outcome 15},
 * {@code OC15}, {@code 15 - Evidential difficulties…}, {@code Outcome 1 - Charged/Summonsed}) or by
 * its title alone ({@code Evidential difficulties: victim does not support action}), and the usual
 * words for the outcomes themselves ({@code nfa}, {@code summonsed}). A Home Office outcome is
 * proposed as {@code outcome N}, so the type itself is kept; input is {@linkplain CellText#normalise
 * normalised}.
 */
final class OutcomeWording {
    /** "outcome 15", "outcome type 15", "home office outcome 15", "ho outcome 15", "oc15", "o/c 15", each maybe followed by a title. */
    private static final Pattern NAMED_NUMBER = Pattern.compile(
            "(?:home office |h\\.?o\\.? )?(?:outcome(?: type| code| no\\.?)?|oc|o/c|hoc?)\\s*[-:#.]?\\s*(\\d{1,2})[a-z]?\\b(.*)");
    /** "15", "15 - evidential difficulties…", "1a: postal requisition", "(15) …". */
    private static final Pattern LEADING_NUMBER = Pattern.compile("\\(?(\\d{1,2})[a-z]?\\)?(?:\\s*[-–—:.)]\\s*(.*)|\\s+(.*))?");
    private static final Set<String> FILLER = Set.of("the", "a", "an", "of", "to", "is", "has", "been", "by", "for",
            "and", "or", "on", "in", "be", "will", "it", "its", "with", "from");
    private static final double CLOSE_ENOUGH = 0.6;
    private static final Map<String, Outcome> WORDS = Map.ofEntries(
            Map.entry("no action", Outcome.NO_FURTHER_ACTION), Map.entry("nfa", Outcome.NO_FURTHER_ACTION),
            Map.entry("no further action taken", Outcome.NO_FURTHER_ACTION),
            Map.entry("no further police action", Outcome.NO_FURTHER_ACTION),
            Map.entry("charge", Outcome.CHARGED), Map.entry("summons", Outcome.CHARGED),
            Map.entry("summonsed", Outcome.CHARGED), Map.entry("charged/summonsed", Outcome.CHARGED),
            Map.entry("cautioned", Outcome.CAUTION), Map.entry("cr", Outcome.COMMUNITY_RESOLUTION),
            Map.entry("ongoing", Outcome.UNDER_INVESTIGATION), Map.entry("open", Outcome.UNDER_INVESTIGATION),
            Map.entry("investigating", Outcome.UNDER_INVESTIGATION),
            Map.entry("under investigation", Outcome.UNDER_INVESTIGATION),
            Map.entry("pending", Outcome.UNDER_INVESTIGATION),
            Map.entry("suspect died", Outcome.NO_FURTHER_ACTION), Map.entry("suspect dead", Outcome.NO_FURTHER_ACTION));

    private OutcomeWording() {
    }

    static Optional<Suggestion> suggest(String text) {
        if (NAMED_NUMBER.matcher(text).matches() || LEADING_NUMBER.matcher(text).matches()) {
            // a number decides: its type, or nothing when the words after it say otherwise
            return byNumber(text);
        }
        var byTitle = byTitle(text);
        if (byTitle.isPresent()) {
            return byTitle.map(o -> homeOffice(o, "reads as the title of Home Office "));
        }
        var named = WORDS.get(text);
        return named == null ? Optional.empty()
                : Optional.of(new Suggestion(named.name(), "usual wording for " + named.name()));
    }

    /**
     * The Home Office outcome a text names by its number, with or without the title after it; none
     * when the words after the number name another type or outcome ({@code 2 - NFA}: a force's own
     * numbering, not the framework's).
     */
    private static Optional<Suggestion> byNumber(String text) {
        var named = NAMED_NUMBER.matcher(text);
        var leading = LEADING_NUMBER.matcher(text);
        String number;
        String rest;
        if (named.matches()) {
            number = named.group(1);
            rest = named.group(2);
        } else if (leading.matches()) {
            number = leading.group(1);
            rest = leading.group(2) != null ? leading.group(2) : leading.group(3);
        } else {
            return Optional.empty();
        }
        var outcome = HomeOfficeOutcome.of(Integer.parseInt(number));
        if (outcome.isEmpty() || contradicts(outcome.get(), rest)) {
            return Optional.empty();
        }
        return outcome.map(o -> homeOffice(o, "names Home Office "));
    }

    /** Whether the words after a number name another Home Office type, or an outcome the type does not count as. */
    private static boolean contradicts(HomeOfficeOutcome outcome, String rest) {
        var words = rest == null ? "" : rest.replaceFirst("^[\\s\\-–—:.]+", "").strip();
        if (words.isEmpty()) {
            return false;
        }
        var titled = byTitle(words);
        if (titled.isPresent()) {
            return titled.get().type() != outcome.type();
        }
        var said = FieldGrammar.named(words, Outcome.class).or(() -> Optional.ofNullable(WORDS.get(words)));
        return said.isPresent() && said.get() != outcome.outcome();
    }

    /**
     * Whether the text is a Home Office outcome's title (or a usual other wording, or close to one),
     * with or without its number before it: vocabulary, however long.
     */
    static boolean isHomeOfficeTitle(String text) {
        var named = NAMED_NUMBER.matcher(text);
        var leading = LEADING_NUMBER.matcher(text);
        String title = text;
        if (named.matches()) {
            title = named.group(2);
        } else if (leading.matches()) {
            title = leading.group(2) != null ? leading.group(2) : leading.group(3);
        }
        return title != null && byTitle(title.replaceFirst("^\\s*[-–—:.]\\s*", "")).isPresent();
    }

    /** The Home Office outcome whose title (or a usual other wording) the text is, or is close to. */
    static Optional<HomeOfficeOutcome> byTitle(String text) {
        var words = words(text);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        HomeOfficeOutcome best = null;
        double bestScore = 0;
        double secondScore = 0;
        for (var outcome : HomeOfficeOutcome.all()) {
            double score = score(words, outcome);
            if (score > bestScore) {
                secondScore = bestScore;
                bestScore = score;
                best = outcome;
            } else if (score > secondScore) {
                secondScore = score;
            }
        }
        return bestScore >= CLOSE_ENOUGH && bestScore > secondScore ? Optional.of(best) : Optional.empty();
    }

    private static double score(Set<String> words, HomeOfficeOutcome outcome) {
        double best = similarity(words, words(outcome.title()));
        for (var wording : outcome.otherWordings()) {
            best = Math.max(best, similarity(words, words(wording)));
        }
        return best;
    }

    /** Shared words over all words (Jaccard). */
    private static double similarity(Set<String> a, Set<String> b) {
        var shared = new HashSet<>(a);
        shared.retainAll(b);
        var all = new HashSet<>(a);
        all.addAll(b);
        return all.isEmpty() ? 0 : (double) shared.size() / all.size();
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
                .filter(w -> !w.isEmpty() && !FILLER.contains(w)).collect(Collectors.toSet());
    }

    private static Suggestion homeOffice(HomeOfficeOutcome outcome, String how) {
        return new Suggestion(target(outcome), how + outcome.label() + ", which counts as " + outcome.outcome().name());
    }

    /** The value entry target that keeps the Home Office outcome type: {@code outcome 15}. */
    static String target(HomeOfficeOutcome outcome) {
        return "outcome " + outcome.type();
    }

    /** Every outcome an outcome can be mapped to by its Home Office type, in order. */
    static List<String> targets() {
        return HomeOfficeOutcome.all().stream().map(OutcomeWording::target).toList();
    }
}
