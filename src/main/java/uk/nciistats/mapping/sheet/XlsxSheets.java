package uk.nciistats.mapping.sheet;

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
 */
final class XlsxSheets {
    private XlsxSheets() {
    }

    static Sheet read(String fileName, byte[] bytes, int maxRows) throws UnreadableSheetException {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new UnreadableSheetException(fileName + " holds no sheet");
            }
            var sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() > maxRows) {
                throw new UnreadableSheetException(fileName + " has more than " + maxRows + " rows");
            }
            var formatter = new DataFormatter(Locale.UK);
            List<String> header = null;
            var rows = new ArrayList<SheetRow>();
            for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum() && r >= 0; r++) {
                var cells = cells(sheet.getRow(r), formatter);
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
            throw new UnreadableSheetException(fileName + " cannot be read as an Excel workbook (XLSX): "
                    + e.getClass().getSimpleName(), e);
        }
    }

    private static List<String> cells(Row row, DataFormatter formatter) {
        var cells = new ArrayList<String>();
        if (row == null) {
            return cells;
        }
        for (int c = 0; c < row.getLastCellNum(); c++) {
            cells.add(text(row.getCell(c), formatter));
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
