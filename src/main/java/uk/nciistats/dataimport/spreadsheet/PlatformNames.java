package uk.nciistats.dataimport.spreadsheet;

import uk.nciistats.returns.Platform;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How forces write platforms: names, abbreviations and sub-products of the platforms the product
 * counts ({@code FB}, {@code Facebook Messenger}, {@code Insta}, {@code IG}, {@code Snap},
 * {@code Twitter/X}), the names of others it counts as {@code OTHER} ({@code TikTok},
 * {@code Telegram}, {@code text message}), near misspellings, and several of them in one cell
 * ({@code FB & Insta}). Input is {@linkplain CellText#normalise normalised}.
 */
final class PlatformNames {
    private static final Map<String, Platform> NAMES = Map.ofEntries(
            Map.entry("fb", Platform.FACEBOOK), Map.entry("face book", Platform.FACEBOOK),
            Map.entry("facebook messenger", Platform.FACEBOOK), Map.entry("fb messenger", Platform.FACEBOOK),
            Map.entry("messenger", Platform.FACEBOOK), Map.entry("fbm", Platform.FACEBOOK),
            Map.entry("facebook live", Platform.FACEBOOK), Map.entry("facebook marketplace", Platform.FACEBOOK),
            Map.entry("insta", Platform.INSTAGRAM), Map.entry("ig", Platform.INSTAGRAM),
            Map.entry("instagram dm", Platform.INSTAGRAM), Map.entry("insta dm", Platform.INSTAGRAM),
            Map.entry("snap", Platform.SNAPCHAT), Map.entry("snap chat", Platform.SNAPCHAT),
            Map.entry("x", Platform.TWITTER), Map.entry("tweet", Platform.TWITTER),
            Map.entry("formerly twitter", Platform.TWITTER), Map.entry("x formerly twitter", Platform.TWITTER),
            Map.entry("whats app", Platform.WHATSAPP), Map.entry("whatsap", Platform.WHATSAPP),
            Map.entry("what s app", Platform.WHATSAPP), Map.entry("whatsapp messenger", Platform.WHATSAPP));
    /** Platforms the product does not count separately: OTHER, by the product's own definition. */
    private static final Set<String> OTHERS = Set.of("tiktok", "tik tok", "telegram", "email", "e mail", "text",
            "text message", "sms", "mms", "imessage", "youtube", "you tube", "onlyfans", "only fans", "reddit",
            "pornhub", "discord", "kik", "tinder", "grindr", "bumble", "hinge", "badoo", "skype", "viber", "signal",
            "wechat", "linkedin", "pinterest", "tumblr", "omegle", "google drive", "dropbox", "icloud", "airdrop",
            "bluetooth", "mobile phone", "phone", "website", "internet", "dating app", "dating site", "porn site",
            "pornographic website", "4chan", "vinted", "twitch", "facetime", "google photos", "hangouts");
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:/|&|\\+|,|;|\\(|\\)| and )\\s*");

    private PlatformNames() {
    }

    static Optional<Suggestion> suggest(String text) {
        var whole = spaced(text);
        var one = platform(whole);
        if (one.isPresent()) {
            return one.map(p -> suggestion(EnumSet.of(p), text));
        }
        var found = EnumSet.noneOf(Platform.class);
        boolean unknownPart = false;
        for (var part : SEPARATORS.split(whole)) {
            if (!part.isBlank()) {
                var named = platform(part.strip());
                unknownPart |= named.isEmpty();
                found.add(named.orElse(Platform.OTHER));
            }
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(unknownPart ? new Suggestion(names(found, "; "), "holds a name the product does not know as a"
                + " platform: counted as OTHER, the catch-all; check it is a platform at all") : suggestion(found, text));
    }

    /** One platform's name, abbreviation, sub-product or a near misspelling of one. */
    private static Optional<Platform> platform(String name) {
        var known = NAMES.get(name);
        if (known != null) {
            return Optional.of(known);
        }
        var exact = FieldGrammar.named(name, Platform.class);
        if (exact.isPresent()) {
            return exact;
        }
        if (OTHERS.contains(name) || OTHERS.contains(name.replace(" ", ""))) {
            return Optional.of(Platform.OTHER);
        }
        if (name.length() >= 5) {
            for (var p : Platform.values()) {
                if (p != Platform.OTHER && Suggestions.distance(name, p.name().toLowerCase(Locale.ROOT)) <= 1) {
                    return Optional.of(p);
                }
            }
            for (var other : OTHERS) {
                if (other.length() >= 5 && Suggestions.distance(name, other) <= 1) {
                    return Optional.of(Platform.OTHER);
                }
            }
        }
        return Optional.empty();
    }

    private static Suggestion suggestion(Set<Platform> platforms, String text) {
        var why = platforms.equals(Set.of(Platform.OTHER))
                ? "a platform the product does not count separately: counted as OTHER"
                : "'" + text + "' is " + names(platforms, " and ");
        return new Suggestion(names(platforms, "; "), why);
    }

    private static String names(Set<Platform> platforms, String separator) {
        return platforms.stream().map(Platform::name).collect(Collectors.joining(separator));
    }

    /** Apostrophes, dots and hyphens inside names read as spaces: {@code what's app}, {@code e-mail}. */
    private static String spaced(String text) {
        return text.replaceAll("['’.\\-_]", " ").replaceAll("\\s+", " ").strip();
    }
}
