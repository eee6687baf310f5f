package uk.nciistats.dataimport.spreadsheet.sheet;

import de.siegmar.fastcsv.reader.CsvReader;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file as spreadsheets save it: RFC 4180 quoting (quoted cells may hold separators,
 * quotes and line breaks), UTF-8 with or without a byte order mark, else Windows-1252 (what Excel
 * writes on British Windows); the separator is the comma, or a semicolon or tab when the header
 * line holds more of those. FastCSV reads it, leniently as spreadsheets write: rows may differ in
 * length, and text after a closing quote is kept. Each row keeps the line it starts on.
 */
final class CsvSheets {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /**
     * A line after the text, to see whether its last quote was closed: FastCSV reads a quote left open
     * to the end of the text without a word, and this line then ends up inside the quoted cell. It
     * is a NUL, which no text read here holds (a NUL is binary data, refused before).
     */
    private static final String END = "\0";

    private CsvSheets() {
    }

    static Sheet read(String fileName, byte[] bytes, int maxRows) throws UnreadableSheetException {
        var text = decode(bytes);
        if (text.indexOf('\0') >= 0) {
            throw new UnreadableSheetException(fileName + " is not a text file (it holds binary data): upload a CSV or XLSX file");
        }
        var rows = new ArrayList<SheetRow>();
        long nextLine = 1;
        var csv = CsvReader.builder().fieldSeparator(separator(text)).skipEmptyLines(false)
                .allowExtraFields(true).allowMissingFields(true).allowExtraCharsAfterClosingQuote(true)
                .ofCsvRecord(text + (text.isEmpty() || text.endsWith("\n") || text.endsWith("\r") ? "" : "\n") + END);
        for (var record : csv) {
            if (record.getFieldCount() == 1 && record.getField(0).equals(END)) {
                return sheet(fileName, rows);
            }
            var cells = record.getFields().isEmpty() ? List.of("") : record.getFields();
            rows.add(new SheetRow((int) record.getStartingLineNumber(), cells));
            nextLine = record.getStartingLineNumber() + 1 + cells.stream().mapToLong(CsvSheets::lineBreaks).sum();
            if (rows.size() > maxRows + 1) {
                throw new UnreadableSheetException(fileName + " has more than " + maxRows + " rows");
            }
        }
        // the end line was read into a quoted cell: its quote was never closed
        throw new UnreadableSheetException(fileName + ": a quote opened on line " + nextLine + " is never closed");
    }

    private static Sheet sheet(String fileName, List<SheetRow> rows) throws UnreadableSheetException {
        if (rows.isEmpty()) {
            throw new UnreadableSheetException(fileName + " is empty: it needs a header row and data rows");
        }
        return Sheet.of(fileName, rows.get(0).cells(), rows.subList(1, rows.size()));
    }

    /** Line breaks inside a cell: CRLF, LF and CR each count one. */
    private static long lineBreaks(String cell) {
        return cell.replace("\r\n", "\n").chars().filter(c -> c == '\n' || c == '\r').count();
    }

    private static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        var buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    private static char separator(String text) {
        int end = text.indexOf('\n');
        var header = end < 0 ? text : text.substring(0, end);
        long commas = header.chars().filter(c -> c == ',').count();
        long semicolons = header.chars().filter(c -> c == ';').count();
        long tabs = header.chars().filter(c -> c == '\t').count();
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }
}
