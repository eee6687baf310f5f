package uk.nciistats.console.datareturns;

import java.util.Locale;

/** How the console writes a category for people: NO_FURTHER_ACTION as "No further action". */
public final class CategoryNames {
    private CategoryNames() {
    }

    public static String of(Enum<?> category) {
        return of(category.name());
    }

    public static String of(String name) {
        switch (name) {
            case "WHATSAPP":
                return "WhatsApp";
            case "TWITTER":
                return "Twitter / X";
            default:
                break;
        }
        var words = name.replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
