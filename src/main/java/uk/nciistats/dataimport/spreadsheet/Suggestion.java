package uk.nciistats.dataimport.spreadsheet;

/**
 * A value the wizard proposes for text no mapping covers: {@code target} in the grammar of the
 * field ("" = not known), {@code why} in plain words. Shown, never applied without the user.
 */
public record Suggestion(String target, String why) {
}
