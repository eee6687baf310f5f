package uk.nciistats.dataimport.spreadsheet;

import uk.nciistats.errors.ValidationException;

/**
 * What a saved mapping may hold, so that it keeps a force's vocabulary and never the people in its
 * files: a value entry's text (which comes from the spreadsheet's cells) or an unknown marker is at
 * most {@value #MAX_TEXT} characters (a Home Office outcome's title, which forces write in full,
 * up to {@value #MAX_HOME_OFFICE_TEXT}), and a field has at most {@value #MAX_ENTRIES_PER_FIELD}
 * entries. A column that holds many long texts (names, crime reference numbers, descriptions) is
 * free text, not a vocabulary: the {@link Translator} refuses to offer its values for mapping.
 */
public final class MappingLimits {
    public static final int MAX_TEXT = 60;
    /**
     * A Home Office outcome written with its whole title ("Outcome 15 - Evidential difficulties:
     * suspect identified; victim supports action") is vocabulary, not free text, and may be this long.
     */
    public static final int MAX_HOME_OFFICE_TEXT = 160;
    public static final int MAX_ENTRIES_PER_FIELD = 500;
    public static final int MAX_UNKNOWN_MARKERS = 50;
    /** A column with this many distinct unmapped texts longer than {@link #MAX_TEXT} is free text. */
    static final int FREE_TEXT_LONG_VALUES = 10;

    private MappingLimits() {
    }

    /**
     * Whether a value's text is longer than a mapping keeps: {@value #MAX_TEXT} characters, or
     * {@value #MAX_HOME_OFFICE_TEXT} for an outcome that is a Home Office outcome's title (with or
     * without its number).
     */
    static boolean tooLong(Field field, String text) {
        if (text.length() <= MAX_TEXT) {
            return false;
        }
        return text.length() > MAX_HOME_OFFICE_TEXT || field != Field.OUTCOME || !OutcomeWording.isHomeOfficeTitle(text);
    }

    /** Refuses a mapping that holds more than a vocabulary, naming the field and the rule. */
    public static void check(Mapping mapping) {
        mapping.values().forEach((field, entries) -> {
            if (entries.size() > MAX_ENTRIES_PER_FIELD) {
                throw new ValidationException("values." + field.name(), field.label() + " has " + entries.size()
                        + " value entries; a mapping keeps at most " + MAX_ENTRIES_PER_FIELD + " per field, since a"
                        + " column with that many different texts is free text (e.g. names or crime reference"
                        + " numbers), which must not be stored: map fewer values, or another column");
            }
            entries.forEach((text, target) -> {
                if (tooLong(field, text) || target.length() > MAX_TEXT) {
                    throw new ValidationException("values." + field.name(), "a value entry of " + field.label()
                            + " is longer than " + MAX_TEXT + " characters; a mapping keeps short codes and words"
                            + " only, never free text about people: remove that entry");
                }
            });
        });
        if (mapping.unknownMarkers().size() > MAX_UNKNOWN_MARKERS) {
            throw new ValidationException("unknownMarkers", "a mapping keeps at most " + MAX_UNKNOWN_MARKERS
                    + " texts that mean \"not known\", not " + mapping.unknownMarkers().size());
        }
        if (mapping.unknownMarkers().stream().anyMatch(m -> m.length() > MAX_TEXT)) {
            throw new ValidationException("unknownMarkers", "a text that means \"not known\" is at most " + MAX_TEXT
                    + " characters");
        }
    }
}
