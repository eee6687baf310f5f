package uk.nciistats.console.datareturns;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridLazyDataView;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import uk.nciistats.console.layout.IsoDatePicker;
import uk.nciistats.console.layout.MainLayout;
import uk.nciistats.export.ReturnsCsv;
import uk.nciistats.reference.Force;
import uk.nciistats.reference.ReferenceCatalog;
import uk.nciistats.returns.DataReturn;
import uk.nciistats.returns.ReturnCriteria;
import uk.nciistats.returns.ReturnService;
import uk.nciistats.returns.ReturnStatus;
import uk.nciistats.security.CallerContext;
import uk.nciistats.security.Role;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Every return, newest first, a page at a time from the database; editors open one by clicking it.
 * "Download CSV" gives the returns the filters show, as {@code /api/export/returns.csv} does.
 */
@Route(value = "returns", layout = MainLayout.class)
@PageTitle("Returns · NCII Stats")
@Menu(title = "Returns", order = 2, icon = "vaadin:records")
@RolesAllowed("ANALYST")
@CdiComponent
public class ReturnsView extends VerticalLayout {
    private static final DateTimeFormatter UPDATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);

    private final ReferenceCatalog catalog;
    private final ComboBox<Force> force = new ComboBox<>("Force");
    private final IsoDatePicker from = new IsoDatePicker("Period from");
    private final IsoDatePicker to = new IsoDatePicker("Period to");
    private final MultiSelectComboBox<ReturnStatus> statuses = new MultiSelectComboBox<>("Status");
    private final Grid<DataReturn> grid = new Grid<>();
    /** The filters' criteria as last shown, for downloads (which run outside the UI's lock). */
    private volatile ReturnCriteria shown = ReturnCriteria.all();

    @Inject
    public ReturnsView(ReturnService returns, ReturnsCsv csv, ReferenceCatalog catalog, CallerContext callers) {
        this.catalog = catalog;
        prepareFilters();
        var rows = showReturns(returns);
        force.addValueChangeListener(e -> rows.refreshAll());
        from.addValueChangeListener(e -> rows.refreshAll());
        to.addValueChangeListener(e -> rows.refreshAll());
        statuses.addValueChangeListener(e -> rows.refreshAll());
        var bar = new HorizontalLayout(force, from, to, statuses, download(csv));
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (callers.current().may(Role.EDITOR)) {
            var create = new Button("New return", VaadinIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(ReturnEditorView.class)));
            create.setId("new-return");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(create);
            grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("returns/" + e.getItem().id() + "/edit")));
        }
        setSizeFull();
        add(bar, grid);
    }

    private void prepareFilters() {
        force.setId("filter-force");
        force.setItems(catalog.forces(null, null));
        force.setItemLabelGenerator(Force::shortName);
        force.setClearButtonVisible(true);
        from.setId("filter-from");
        to.setId("filter-to");
        statuses.setId("filter-status");
        statuses.setItems(ReturnStatus.values());
    }

    private GridLazyDataView<DataReturn> showReturns(ReturnService returns) {
        grid.setId("returns-grid");
        grid.addColumn(DataReturn::ref).setHeader("Reference").setAutoWidth(true);
        grid.addColumn(r -> catalog.force(r.forceCode()).map(Force::shortName).orElse(r.forceCode()))
                .setHeader("Force").setAutoWidth(true);
        grid.addColumn(DataReturn::offenceCode).setHeader("Offence").setAutoWidth(true);
        grid.addColumn(r -> r.periodStart() + " – " + r.periodEnd()).setHeader("Period").setAutoWidth(true);
        grid.addColumn(DataReturn::granularity).setHeader("Granularity").setAutoWidth(true);
        grid.addColumn(DataReturn::status).setHeader("Status").setAutoWidth(true);
        grid.addColumn(DataReturn::total).setHeader("Total").setAutoWidth(true);
        grid.addColumn(DataReturn::version).setHeader("Version").setAutoWidth(true);
        grid.addColumn(DataReturn::lastChangedBy).setHeader("Changed by").setAutoWidth(true);
        grid.addColumn(r -> UPDATED.format(r.updatedAt())).setHeader("Updated (UTC)").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        var rows = grid.setItems(
                query -> returns.newestFirst(criteria(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, returns.count(criteria())));
        rows.setIdentifierProvider(DataReturn::id);
        return rows;
    }

    private Anchor download(ReturnsCsv csv) {
        var link = new Anchor((DownloadEvent event) -> {
            event.setFileName("ncii-returns.csv");
            event.setContentType("text/csv; charset=UTF-8");
            try (var out = event.getOutputStream()) {
                csv.write(shown, out);
            }
        }, AttachmentType.DOWNLOAD, "");
        link.setId("download-returns");
        var button = new Button("Download CSV", VaadinIcon.DOWNLOAD.create());
        button.setTabIndex(-1);
        link.add(button);
        return link;
    }

    /** The filters' criteria; remembered as {@link #shown} each time the grid asks for rows. */
    private ReturnCriteria criteria() {
        var chosenForce = force.getValue() == null ? null : List.of(force.getValue().code());
        var chosenStatuses = statuses.getValue().isEmpty() ? null : List.copyOf(statuses.getValue());
        shown = new ReturnCriteria(chosenForce, chosenStatuses, null, from.getValue(), to.getValue());
        return shown;
    }
}
