package uk.nciistats.dataimport.spreadsheet.sheet;

/** A file that cannot be read as a spreadsheet; the message says why in plain words. */
public class UnreadableSheetException extends Exception {
    public UnreadableSheetException(String message) {
        super(message);
    }

    public UnreadableSheetException(String message, Throwable cause) {
        super(message, cause);
    }
}
