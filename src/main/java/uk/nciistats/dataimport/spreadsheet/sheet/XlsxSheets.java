package uk.nciistats.dataimport.spreadsheet.sheet;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the first sheet of an Excel workbook (XLSX) with Apache POI: each cell as the user sees
 * it (numbers as formatted, formulas by their last computed value), dates as ISO days.
 *
 * <p>The workbook is built in memory, so what an upload may expand to is bounded: no part of the
 * zip may inflate more than {@value #MAX_INFLATION} times (POI's own guard allows 100) or past
 * {@value #MAX_ENTRY_BYTES} bytes, and a sheet may hold at most {@link SheetReader#MAX_COLUMNS}
 * columns and {@link SheetReader#MAX_ROWS} rows.
 */
final class XlsxSheets {
    static final int MAX_INFLATION = 50;
    static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;

    static {
        ZipSecureFile.setMinInflateRatio(1.0 / MAX_INFLATION);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private XlsxSheets() {
    }

    static Sheet read(String fileName, byte[] bytes, int maxRows) throws UnreadableSheetException {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new UnreadableSheetException(fileName + " holds no sheet");
            }
            var sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() > maxRows) {
                throw new UnreadableSheetException(fileName + " has more than " + maxRows + " rows: split it, or"
                        + " delete the empty rows below its data");
            }
            var formatter = new DataFormatter(Locale.UK);
            List<String> header = null;
            var rows = new ArrayList<SheetRow>();
            for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum() && r >= 0; r++) {
                var cells = cells(fileName, sheet.getRow(r), formatter);
                if (header == null) {
                    if (cells.stream().anyMatch(c -> !c.isBlank())) {
                        header = cells;
                    }
                } else {
                    rows.add(new SheetRow(r + 1, cells));
                }
            }
            if (header == null) {
                throw new UnreadableSheetException(fileName + " is empty: its first sheet needs a header row and data rows");
            }
            return Sheet.of(fileName, header, rows);
        } catch (IOException | RuntimeException e) {
            if (zipBomb(e)) {
                throw new UnreadableSheetException(fileName + " expands to far more than its size (over "
                        + MAX_INFLATION + " times, or past " + MAX_ENTRY_BYTES / 1024 / 1024 + " MB), which a force's"
                        + " spreadsheet does not: save it again from Excel, or as CSV", e);
            }
            throw new UnreadableSheetException(fileName + " is not a readable Excel workbook (XLSX): it is damaged or"
                    + " cut short, or another kind of file renamed to .xlsx. Open it in Excel and save it again as"
                    + " .xlsx, or save it as CSV", e);
        }
    }

    private static boolean zipBomb(Throwable e) {
        for (var t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
                return true;
            }
        }
        return false;
    }

    /** The row's cells up to its last one that holds text; text past {@code MAX_COLUMNS} refuses the file. */
    private static List<String> cells(String fileName, Row row, DataFormatter formatter) throws UnreadableSheetException {
        var cells = new ArrayList<String>();
        if (row == null) {
            return cells;
        }
        for (var cell : row) {
            var text = text(cell, formatter);
            if (text.isBlank()) {
                continue;
            }
            int c = cell.getColumnIndex();
            if (c >= SheetReader.MAX_COLUMNS) {
                throw new UnreadableSheetException(fileName + " has text in column " + Sheet.letter(c) + " of row "
                        + (row.getRowNum() + 1) + ": a sheet may have at most " + SheetReader.MAX_COLUMNS + " columns");
            }
            while (cells.size() < c) {
                cells.add("");
            }
            cells.add(text);
        }
        return cells;
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        var type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : cell.getCellType() == CellType.FORMULA ? number(cell.getNumericCellValue()) : formatter.formatCellValue(cell);
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> "";
        };
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
