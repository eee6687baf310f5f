package uk.nciistats.dataimport.spreadsheet.sheet;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SheetReaderTest {

    private static Sheet csv(String text) throws UnreadableSheetException {
        return SheetReader.read("f.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void quotedCellsMayHoldCommasQuotesAndLineBreaksAndRowsKeepTheirLineNumbers() throws Exception {
        var sheet = csv("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",z\r\nlast,row");

        assertThat(sheet.rows()).extracting(SheetRow::cells).containsExactly(
                java.util.List.of("x, y", "say \"hi\""), java.util.List.of("two\nlines", "z"), java.util.List.of("last", "row"));
        assertThat(sheet.rows()).extracting(SheetRow::number).containsExactly(2, 3, 5);
    }

    @Test
    void repeatedAndBlankHeadersGetNamesAUserCanTellApart() throws Exception {
        var sheet = csv("Used,additional,additional,,additional\n1,2,3,4,5");

        assertThat(sheet.columns()).containsExactly("Used", "additional", "additional (2)", "Column D", "additional (3)");
        assertThat(sheet.rows().get(0).cell(sheet.indexOf("additional (3)"))).isEqualTo("5");
    }

    @Test
    void aByteOrderMarkIsDroppedAndWindows1252TextIsRead() throws Exception {
        assertThat(csv("\uFEFFForce,Age\nKent,3").columns()).containsExactly("Force", "Age");
        var latin = SheetReader.read("f.csv", "Force,Note\nKent,caf\u00E9".getBytes(Charset.forName("windows-1252")));
        assertThat(latin.rows().get(0).cell(1)).isEqualTo("caf\u00E9");
    }

    @Test
    void semicolonSeparatedFilesAreRead() throws Exception {
        assertThat(csv("Force;Age;Outcome\nKent;3;x").rows().get(0).cells()).containsExactly("Kent", "3", "x");
    }

    @Test
    void anUnclosedQuoteAnEmptyFileABinaryFileAndAnOldExcelFileAreRefusedSayingWhy() {
        assertThatThrownBy(() -> csv("a,b\n\"open,x\n")).hasMessageContaining("never closed");
        assertThatThrownBy(() -> SheetReader.read("f.csv", new byte[0])).hasMessageContaining("empty");
        assertThatThrownBy(() -> SheetReader.read("f.csv", new byte[] {1, 0, 2, 0})).hasMessageContaining("binary");
        assertThatThrownBy(() -> SheetReader.read("f.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0}))
                .hasMessageContaining("XLS");
        assertThatThrownBy(() -> SheetReader.read("f.xlsx", new byte[] {0x50, 0x4B, 0x03, 0x04, 0}))
                .isInstanceOf(UnreadableSheetException.class);
    }

    @Test
    void theFirstSheetOfAnExcelWorkbookIsReadAsTheUserSeesIt() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("Incidents");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("Force");
            header.createCell(1).setCellValue("Age");
            header.createCell(2).setCellValue("Date");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("Kent Police");
            row.createCell(1).setCellValue(17);
            var date = row.createCell(2);
            date.setCellValue(LocalDate.of(2015, 11, 5));
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            date.setCellStyle(style);
            sheet.createRow(3).createCell(1).setCellFormula("B2+1");
            workbook.setForceFormulaRecalculation(true);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
        }

        var sheet = SheetReader.read("f.xlsx", out.toByteArray());

        assertThat(sheet.columns()).containsExactly("Force", "Age", "Date");
        assertThat(sheet.rows().get(0).cells()).containsExactly("Kent Police", "17", "2015-11-05");
        assertThat(sheet.rows().get(0).number()).isEqualTo(2);
        assertThat(sheet.rows().get(2).cell(1)).isEqualTo("18");
        assertThat(sheet.rows().get(2).number()).isEqualTo(4);
    }

    @Test
    void aWorkbookWithTextPastTwoHundredColumnsIsRefusedNamingTheColumnAndRow() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("Incidents");
            sheet.createRow(0).createCell(0).setCellValue("Force");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("Kent Police");
            row.createCell(SheetReader.MAX_COLUMNS + 5000).setCellValue("stray");
            workbook.write(out);
        }

        assertThatThrownBy(() -> SheetReader.read("wide.xlsx", out.toByteArray()))
                .isInstanceOf(UnreadableSheetException.class)
                .hasMessageContaining("row 2").hasMessageContaining("at most 200 columns");
    }

    @Test
    void blankFormattedCellsFarToTheRightAreNotColumns() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("Incidents");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("Force");
            header.createCell(10_000).setBlank();
            sheet.createRow(1).createCell(0).setCellValue("Kent Police");
            workbook.write(out);
        }

        assertThat(SheetReader.read("f.xlsx", out.toByteArray()).columns()).containsExactly("Force");
    }

    @Test
    void aWorkbookThatInflatesLikeAZipBombIsRefusedSayingWhy() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("Incidents");
            sheet.createRow(0).createCell(0).setCellValue("Force");
            for (int r = 1; r <= 100; r++) {
                sheet.createRow(r).createCell(0).setCellValue("x".repeat(30_000) + r);
            }
            workbook.write(out);
        }

        assertThatThrownBy(() -> SheetReader.read("bomb.xlsx", out.toByteArray()))
                .isInstanceOf(UnreadableSheetException.class)
                .hasMessageContaining("expands to far more than its size");
    }

    @Test
    void aDamagedWorkbookIsRefusedWithASentenceThatNamesNoClass() throws Exception {
        var whole = workbook();
        var truncated = java.util.Arrays.copyOf(whole, whole.length / 2);
        var scrambled = whole.clone();
        for (int i = 30; i < scrambled.length - 30; i += 7) {
            scrambled[i] ^= 0x5A;
        }
        var onlyTheSignature = new byte[] {0x50, 0x4B, 0x03, 0x04, 0};

        for (var damaged : java.util.List.of(truncated, scrambled, onlyTheSignature)) {
            assertThatThrownBy(() -> SheetReader.read("incidents.xlsx", damaged))
                    .isInstanceOf(UnreadableSheetException.class)
                    .hasMessageStartingWith("incidents.xlsx is not a readable Excel workbook")
                    .hasMessageContaining("save it again")
                    .message().doesNotContainPattern("(?i)exception|error|[a-z]+\\.[a-z]+\\.[a-z]+");
        }
    }

    private static byte[] workbook() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("Incidents");
            sheet.createRow(0).createCell(0).setCellValue("Force");
            for (int r = 1; r <= 50; r++) {
                sheet.createRow(r).createCell(0).setCellValue("Kent Police " + r);
            }
            workbook.write(out);
        }
        return out.toByteArray();
    }
}
