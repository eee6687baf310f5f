package uk.nciistats.graphql;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.Collection;
import java.util.Optional;

/**
 * How deep input values nest objects and lists, found without recursion over what was sent, so
 * that nothing recursive (the GraphQL parser, the runtime's coercion, the database's SQL parser)
 * ever meets a value nested deeper than allowed. Arguments written in a document are measured on
 * its text, bracket by bracket, skipping strings and comments; variables on their JSON.
 */
final class ArgumentNesting {
    private ArgumentNesting() {
    }

    /** An argument (or a variable's default) whose value nests deeper than allowed. */
    record TooDeep(String argument) {
    }

    /** The first argument written in {@code document} whose value nests objects and lists deeper than {@code allowed}. */
    static Optional<TooDeep> inDocument(String document, int allowed) {
        int parentheses = 0;
        int depth = 0;
        String lastName = null;
        String argument = null;
        for (int i = 0; i < document.length(); i++) {
            char c = document.charAt(i);
            if (c == '#') {
                i = endOfLine(document, i);
            } else if (c == '"') {
                i = endOfString(document, i);
            } else if (isNameStart(c)) {
                int end = endOfName(document, i);
                lastName = document.substring(i, end);
                i = end - 1;
            } else if (c == '(') {
                parentheses++;
                depth = 0;
            } else if (c == ')') {
                parentheses = Math.max(0, parentheses - 1);
            } else if (parentheses > 0) {
                if (c == ':' && depth == 0) {
                    argument = lastName;
                } else if (c == '{' || c == '[') {
                    if (++depth > allowed) {
                        return Optional.of(new TooDeep(argument));
                    }
                } else if (c == '}' || c == ']') {
                    depth = Math.max(0, depth - 1);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the JSON value nests objects and lists deeper than {@code allowed}; looks no deeper than that. */
    static boolean deeper(JsonValue value, int allowed) {
        Collection<JsonValue> inner = value instanceof JsonObject object ? object.values()
                : value instanceof JsonArray array ? array : null;
        if (inner == null) {
            return false;
        }
        if (allowed == 0) {
            return true;
        }
        for (var each : inner) {
            if (deeper(each, allowed - 1)) {
                return true;
            }
        }
        return false;
    }

    private static int endOfLine(String text, int from) {
        int i = from;
        while (i + 1 < text.length() && text.charAt(i + 1) != '\n' && text.charAt(i + 1) != '\r') {
            i++;
        }
        return i;
    }

    /** The index of the closing quote of the string (or block string) opening at {@code from}. */
    private static int endOfString(String text, int from) {
        if (text.startsWith("\"\"\"", from)) {
            int i = from + 3;
            while (i < text.length()) {
                if (text.startsWith("\\\"\"\"", i)) {
                    i += 4;
                } else if (text.startsWith("\"\"\"", i)) {
                    return i + 2;
                } else {
                    i++;
                }
            }
            return text.length();
        }
        int i = from + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '"' || c == '\n' || c == '\r') {
                return i;
            } else {
                i++;
            }
        }
        return text.length();
    }

    private static boolean isNameStart(char c) {
        return c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static int endOfName(String text, int from) {
        int i = from + 1;
        while (i < text.length() && (isNameStart(text.charAt(i)) || (text.charAt(i) >= '0' && text.charAt(i) <= '9'))) {
            i++;
        }
        return i;
    }
}
