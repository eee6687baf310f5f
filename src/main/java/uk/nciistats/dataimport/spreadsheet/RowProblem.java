package uk.nciistats.dataimport.spreadsheet;

/**
 * Something in the file or the mapping that stops the import: the spreadsheet row (0 when it
 * concerns the whole file), the column ("" when none), a short stable rule name and a message.
 */
public record RowProblem(int row, String column, String rule, String message) {
}
