package uk.nciistats.console.dashboard;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadEvent;

/**
 * One chart of the dashboard: its heading, the bars, the same figures as a table beside them, the
 * notes that explain its ranges, and "Download CSV" of exactly the rows shown.
 */
class FigurePanel extends Section {
    private final Breakdown breakdown;
    private final CohortChart chart;
    private final FigureTable table;
    private final Paragraph empty = new Paragraph("No reports match these filters.");
    private final Span notesHeading = new Span("Notes");
    private final UnorderedList notes = new UnorderedList();
    private final Div body = new Div();
    /** The figures shown, for the download (which runs outside the UI's lock). */
    private volatile Figures shown;

    FigurePanel(Breakdown breakdown) {
        this.breakdown = breakdown;
        this.chart = new CohortChart("chart-" + breakdown.id());
        this.table = new FigureTable(breakdown);
        setId("panel-" + breakdown.id());
        addClassName("figure-panel");
        var heading = new H2(breakdown.title());
        heading.setId("heading-" + breakdown.id());
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        var top = new Div(heading, download());
        top.addClassName("figure-top");
        var picture = new Div(chart);
        picture.addClassName("figure-chart");
        body.addClassName("figure-body");
        body.add(picture, table);
        empty.setId("empty-" + breakdown.id());
        empty.setVisible(false);
        notes.setId("notes-" + breakdown.id());
        notes.addClassName("figure-notes");
        // the notes scroll inside their frame when there are many: let the keyboard scroll them too
        notes.getElement().setAttribute("tabindex", "0");
        notesHeading.addClassName("figure-notes-heading");
        notesHeading.setId("notes-heading-" + breakdown.id());
        notes.getElement().setAttribute("aria-labelledby", notesHeading.getId().orElseThrow());
        add(top, empty, body, notesHeading, notes);
    }

    Breakdown breakdown() {
        return breakdown;
    }

    void show(Figures figures) {
        shown = figures;
        boolean none = figures.table().rows().isEmpty();
        empty.setVisible(none);
        body.setVisible(!none);
        chart.show(figures);
        table.show(figures);
        notes.removeAll();
        figures.notes().forEach(note -> notes.add(new ListItem(note)));
        notes.setVisible(!figures.notes().isEmpty());
        notesHeading.setVisible(!figures.notes().isEmpty());
    }

    private Anchor download() {
        var link = new Anchor((DownloadEvent event) -> {
            var figures = shown;
            event.setFileName(DashboardFigures.csvFileName(figures));
            event.setContentType("text/csv; charset=UTF-8");
            try (var out = event.getOutputStream()) {
                DashboardFigures.writeCsv(figures, out);
            }
        }, AttachmentType.DOWNLOAD, "");
        link.setId("download-" + breakdown.id());
        link.getElement().setAttribute("aria-label", "Download CSV: " + breakdown.title());
        var button = new Button("Download CSV", VaadinIcon.DOWNLOAD.create());
        button.setTabIndex(-1);
        link.add(button);
        return link;
    }
}
