package uk.nciistats.dataimport.spreadsheet.sheet;

import java.util.List;

/** One row of a spreadsheet: its row number as the user sees it (the header is row 1), and its cells. */
public record SheetRow(int number, List<String> cells) {
    public SheetRow {
        cells = List.copyOf(cells);
    }

    /** The text of the cell at {@code index}, "" when the row is shorter. */
    public String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }
}
