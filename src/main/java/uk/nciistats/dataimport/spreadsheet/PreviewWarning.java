package uk.nciistats.dataimport.spreadsheet;

/**
 * Something in how the file was read that may be wrong though nothing stops the import (one
 * catch-all value taking most of a column, texts read as OTHER): shown above the preview, in words.
 */
public record PreviewWarning(Field field, String column, String message) {
}
