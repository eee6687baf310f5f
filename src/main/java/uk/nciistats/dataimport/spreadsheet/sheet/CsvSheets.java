package uk.nciistats.dataimport.spreadsheet.sheet;

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
 * line holds more of those.
 */
final class CsvSheets {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvSheets() {
    }

    static Sheet read(String fileName, byte[] bytes, int maxRows) throws UnreadableSheetException {
        var text = decode(bytes);
        if (text.indexOf('\0') >= 0) {
            throw new UnreadableSheetException(fileName + " is not a text file (it holds binary data): upload a CSV or XLSX file");
        }
        char separator = separator(text);
        var rows = new ArrayList<List<String>>();
        var lineNumbers = new ArrayList<Integer>();
        var cells = new ArrayList<String>();
        var cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowStart = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                rows.add(List.copyOf(cells));
                lineNumbers.add(rowStart);
                cells.clear();
                line++;
                rowStart = line;
                if (rows.size() > maxRows + 1) {
                    throw new UnreadableSheetException(fileName + " has more than " + maxRows + " rows");
                }
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new UnreadableSheetException(fileName + ": a quote opened on line " + rowStart + " is never closed");
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            rows.add(List.copyOf(cells));
            lineNumbers.add(rowStart);
        }
        if (rows.isEmpty()) {
            throw new UnreadableSheetException(fileName + " is empty: it needs a header row and data rows");
        }
        var data = new ArrayList<SheetRow>();
        for (int r = 1; r < rows.size(); r++) {
            data.add(new SheetRow(lineNumbers.get(r), rows.get(r)));
        }
        return Sheet.of(fileName, rows.get(0), data);
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
