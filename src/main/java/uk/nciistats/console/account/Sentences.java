package uk.nciistats.console.account;

import java.util.regex.Pattern;

/** A service's refusal ("a password needs at least 12 characters") as a sentence for a field or notice. */
public final class Sentences {
    /**
     * Where a refusal names several problems, the second and later are introduced by the path a
     * program reads ("; input.periodEnd: …", "; cells[3].count: …"), which a person need not see.
     */
    private static final Pattern FIELD_PATH = Pattern.compile(
            "; \\$?[A-Za-z_]\\w*(?:\\[\\d+\\]|\\.[A-Za-z_]\\w*)+: ");

    private Sentences() {
    }

    public static String of(String message) {
        if (message == null || message.isBlank()) {
            return "";
        }
        var words = inWords(message).strip();
        var text = Character.toUpperCase(words.charAt(0)) + words.substring(1);
        return text.endsWith(".") || text.endsWith("?") || text.endsWith("!") ? text : text + ".";
    }

    /** The message without the field paths only a program reads; otherwise as it was. */
    public static String inWords(String message) {
        return message == null ? "" : FIELD_PATH.matcher(message).replaceAll("; ");
    }
}
