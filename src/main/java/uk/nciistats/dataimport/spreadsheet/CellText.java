package uk.nciistats.dataimport.spreadsheet;

import java.util.Locale;

/**
 * How free text in a cell is compared: spaces at either end dropped, runs of white space (also
 * non-breaking spaces) made one space, lower case. {@code " Facebook"}, {@code "facebook"} and
 * {@code "FACEBOOK "} are one value, mapped once.
 */
public final class CellText {
    private CellText() {
    }

    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return text.replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ')
                .strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
