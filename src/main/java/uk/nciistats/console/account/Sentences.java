package uk.nciistats.console.account;

/** A service's refusal ("a password needs at least 12 characters") as a sentence for a field or notice. */
public final class Sentences {
    private Sentences() {
    }

    public static String of(String message) {
        if (message == null || message.isBlank()) {
            return "";
        }
        var text = Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }
}
