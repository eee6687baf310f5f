package uk.nciistats.dataimport.spreadsheet.sheet;

/**
 * Reads an uploaded spreadsheet, CSV or Excel (XLSX), by what its bytes are rather than what its
 * name says. Old Excel files (XLS) and anything else are refused with a plain reason.
 */
public final class SheetReader {
    /** Largest file accepted: force spreadsheets are small; this keeps a mistaken upload harmless. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    public static final int MAX_ROWS = 200_000;
    public static final int MAX_COLUMNS = 200;

    private SheetReader() {
    }

    public static Sheet read(String fileName, byte[] bytes) throws UnreadableSheetException {
        if (bytes.length == 0) {
            throw new UnreadableSheetException(fileName + " is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new UnreadableSheetException(fileName + " is larger than " + MAX_BYTES / 1024 / 1024 + " MB");
        }
        if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
            return XlsxSheets.read(fileName, bytes, MAX_ROWS);
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new UnreadableSheetException(fileName + " is an old Excel file (XLS): save it as XLSX or CSV");
        }
        return CsvSheets.read(fileName, bytes, MAX_ROWS);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
