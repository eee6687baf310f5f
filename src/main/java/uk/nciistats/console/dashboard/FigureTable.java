package uk.nciistats.console.dashboard;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;

/**
 * The figures of one chart as an HTML table with a caption and row headers, for keyboards and
 * screen readers: one row per bar, its count ("withheld" where a viewer may not see it, "0 to 107"
 * where the data proves only a range) and its share; for years, how many forces the year covers.
 * The table scrolls inside its frame, which takes the keyboard focus for that.
 */
class FigureTable extends Div {
    private final String tableId;

    FigureTable(Breakdown breakdown) {
        addClassName("figure-table");
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", breakdown.title() + ": table");
        tableId = "table-" + breakdown.id();
    }

    void show(Figures figures) {
        var breakdown = figures.breakdown();
        // a new table each time: NativeTable keeps its head and body once made, even when removed
        var table = new NativeTable();
        table.setId(tableId);
        table.setCaptionText(breakdown.title());
        boolean years = breakdown == Breakdown.YEAR;
        var head = table.getHead().addRow();
        head.addHeaderCell().setText(breakdown.keyHeader());
        head.addHeaderCell().setText("Reports");
        head.addHeaderCell().setText("Share of total");
        if (years) {
            head.addHeaderCell().setText("Forces covered");
        }
        head.getHeaderCells().forEach(cell -> cell.getElement().setAttribute("scope", "col"));
        var body = table.getBody();
        var rows = figures.table().rows();
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            var line = body.addRow();
            line.getElement().setAttribute("data-key", breakdown.key(row));
            var key = line.addHeaderCell();
            key.setText(figures.labels().get(i));
            key.getElement().setAttribute("scope", "row");
            cell(line, FigureText.count(row), row.suppressed() ? "withheld" : FigureText.range(row) ? "range" : "count");
            cell(line, FigureText.share(row), row.suppressed() ? "withheld" : "share");
            if (years) {
                cell(line, row.forcesCovered() + " of " + row.forcesInScope(), "forces-covered");
            }
        }
        removeAll();
        add(table);
    }

    private static void cell(NativeTableRow line, String text, String kind) {
        var cell = line.addDataCell();
        cell.setText(text);
        cell.addClassName(kind);
    }
}
