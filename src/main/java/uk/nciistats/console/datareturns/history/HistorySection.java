package uk.nciistats.console.datareturns.history;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import uk.nciistats.audit.RecordedChange;

import java.util.List;

/**
 * The trail of one return, newest first: when, who, what they did, and each field they changed
 * with its value before and after. Shows the entries it is given; knows no service.
 */
public class HistorySection extends Composite<Div> {
    final Grid<RecordedChange> grid = new Grid<>();

    public HistorySection() {
        grid.setId("history-grid");
        grid.addColumn(e -> StatusLine.when(e.at())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RecordedChange::actor).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(HistorySection::what).setHeader("What").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(HistorySection::changes)).setHeader("Changed (before → after)").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        getContent().setWidthFull();
        getContent().add(grid);
    }

    /** Shows {@code trail} (oldest first, as the log keeps it) newest first. */
    public void show(List<RecordedChange> trail) {
        var newestFirst = new java.util.ArrayList<>(trail);
        java.util.Collections.reverse(newestFirst);
        grid.setItems(newestFirst);
    }

    static String what(RecordedChange e) {
        return switch (e.action()) {
            case "CREATE" -> e.changedFields().stream().anyMatch(c -> c.field().equals("imported"))
                    ? "Imported the return" : "Created the return";
            case "UPDATE" -> "Changed the details";
            case "DELETE" -> "Deleted the return";
            case "SET_COUNTS" -> "Set the counts";
            case "ADD_REPORTS" -> "Added reports";
            case "CHANGE_REPORT" -> "Changed a report";
            case "DELETE_REPORTS" -> "Deleted reports";
            case "STATUS" -> "Changed the status";
            default -> e.action();
        };
    }

    /** One line per changed field: "total 3 → 4". */
    static Div changes(RecordedChange e) {
        var lines = new Div();
        for (var c : e.changedFields()) {
            var line = new Div(new Span(FieldNames.of(c.field()) + ": "), value(c.before(), false), new Span(" → "), value(c.after(), true));
            lines.add(line);
        }
        return lines;
    }

    private static Span value(String text, boolean after) {
        var span = new Span(text.isEmpty() ? "—" : text);
        span.getStyle().set("font-weight", after ? "600" : "400");
        if (!after) {
            span.getStyle().set("color", "var(--lumo-secondary-text-color)");
        }
        return span;
    }
}
