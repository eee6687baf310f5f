package uk.nciistats.dataimport.interchange;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Reading the interchange format's values: ISO dates, whole numbers and enum names. */
final class Values {
    private Values() {
    }

    /** An ISO date (yyyy-mm-dd); null when the text is not one. */
    static LocalDate date(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A whole number written in decimal digits, optionally signed; null when the text is not one or too big. */
    static Integer wholeNumber(String text) {
        if (text.isEmpty() || text.length() > 11) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** The constants of an enum by name, also in lower or mixed case. */
    static final class Names<E extends Enum<E>> {
        private final Map<String, E> byName = new HashMap<>();
        private final String list;

        Names(Class<E> type) {
            var names = new StringBuilder();
            for (var constant : type.getEnumConstants()) {
                byName.put(constant.name(), constant);
                names.append(names.length() == 0 ? "" : ", ").append(constant.name());
            }
            this.list = names.toString();
        }

        /** The constant, or null when the text names none. */
        E of(String text) {
            var exact = byName.get(text);
            return exact != null ? exact : byName.get(text.toUpperCase(Locale.ROOT));
        }

        /** The names, for messages: "A, B, C". */
        String list() {
            return list;
        }
    }
}
