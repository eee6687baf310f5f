package uk.nciistats.dataimport.spreadsheet;

/**
 * A text of one field, {@linkplain CellText#normalise normalised}: what a mapping's value entry is
 * keyed by, and one value to ask about however many columns of the field it appears in.
 */
record FieldText(Field field, String text) {
}
