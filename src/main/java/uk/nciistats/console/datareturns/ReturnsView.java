package uk.nciistats.console.datareturns;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dataview.GridLazyDataView;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import uk.nciistats.console.layout.MainLayout;
import uk.nciistats.export.ReturnsCsv;
import uk.nciistats.reference.ReferenceCatalog;
import uk.nciistats.returns.ReturnBatch;
import uk.nciistats.returns.ReturnCriteria;
import uk.nciistats.returns.ReturnService;
import uk.nciistats.returns.StoredReturn;
import uk.nciistats.security.Caller;
import uk.nciistats.security.CallerContext;
import uk.nciistats.security.Role;

/**
 * Every return, a sorted page at a time from the database, narrowed by the search box and the
 * filters, with the number of rows they leave. Editors also get "To verify" (DRAFT returns someone
 * else changed last: those they may verify, also at {@code returns?view=to-verify}), the returns'
 * pages behind their references, and bulk changes of the selected rows. "Download CSV" gives the
 * returns the filters show, as {@code /api/export/returns.csv} does.
 */
@Route(value = "returns", layout = MainLayout.class)
@PageTitle("Returns · NCII Stats")
@Menu(title = "Returns", order = 2, icon = "vaadin:records")
@RolesAllowed("ANALYST")
@CdiComponent
public class ReturnsView extends VerticalLayout implements BeforeEnterObserver {
    static final String TO_VERIFY = "to-verify";

    private final ReturnService returns;
    private final Caller caller;
    private final ReturnFilters filters;
    private final ReturnsGrid grid;
    private final Tab all = new Tab("All returns");
    private final Tab toVerify = new Tab("To verify");
    private final Tabs views = new Tabs(all, toVerify);
    private final Span rowCount = new Span();
    private final GridLazyDataView<StoredReturn> rows;
    /** The number of rows last counted: the grid tells of a count only when it changes. */
    private int counted;
    /** The filters' criteria as last shown, for downloads (which run outside the UI's lock). */
    private volatile ReturnCriteria shown = ReturnCriteria.all();

    @Inject
    public ReturnsView(ReturnService returns, ReturnBatch batch, ReturnsCsv csv, ReferenceCatalog catalog,
                       CallerContext callers) {
        this.returns = returns;
        this.caller = callers.current();
        boolean editor = caller.may(Role.EDITOR);
        filters = new ReturnFilters(catalog.forces(null, null), catalog.regions(), catalog.offences());
        grid = new ReturnsGrid(catalog, editor);
        rows = grid.showFrom(returns, this::criteria);
        rows.addItemCountChangeListener(e -> showCount(e.getItemCount()));
        filters.addChangeListener(this::reload);
        setSizeFull();
        getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)");
        setSpacing(false);
        getStyle().set("gap", "var(--lumo-space-s)");
        add(topBar(csv, editor), filters);
        if (editor) {
            add(bulkActions(batch));
        }
        add(grid);
        setFlexGrow(1, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var view = event.getLocation().getQueryParameters().getSingleParameter("view");
        if (caller.may(Role.EDITOR) && view.filter(TO_VERIFY::equals).isPresent()) {
            views.setSelectedTab(toVerify);
        }
    }

    private HorizontalLayout topBar(ReturnsCsv csv, boolean editor) {
        views.setId("returns-views");
        all.setId("view-all");
        toVerify.setId("view-to-verify");
        views.addSelectedChangeListener(e -> {
            filters.showStatusFilter(e.getSelectedTab() == all);
            reload();
            showCount(counted); // "3 returns" becomes "3 returns to verify" even when the number stays
        });
        rowCount.setId("row-count");
        rowCount.getStyle().set("margin-left", "auto").set("white-space", "nowrap");
        var bar = new HorizontalLayout();
        if (editor) {
            bar.add(views);
        }
        bar.add(filters.searchBox(), rowCount, download(csv));
        if (editor) {
            var create = new Button("New return", VaadinIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(ReturnEditorView.class)));
            create.setId("new-return");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(create);
        }
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        return bar;
    }

    private ReturnBulkActions bulkActions(ReturnBatch batch) {
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        var bulk = new ReturnBulkActions(batch, caller.role());
        grid.asMultiSelect().addSelectionListener(e -> bulk.select(e.getAllSelectedItems()));
        bulk.addChangedListener(e -> {
            grid.deselectAll();
            reload();
        });
        return bulk;
    }

    /**
     * Reads the rows again. Ticked rows stay ticked through searches and filters (tick a Kent return,
     * search Essex, tick one more): the bulk bar counts them and its confirmation names every one.
     */
    private void reload() {
        rows.refreshAll();
    }

    private void showCount(int count) {
        counted = count;
        var noun = count == 1 ? "1 return" : count + " returns";
        rowCount.setText(toVerifyShown() ? noun + " to verify" : noun);
    }

    private boolean toVerifyShown() {
        return views.getSelectedTab() == toVerify;
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

    /** The criteria of the search, the filters and the chosen view; remembered as {@link #shown}. */
    private ReturnCriteria criteria() {
        var chosen = filters.criteria();
        shown = toVerifyShown() ? chosen.awaitingVerificationBy(caller.name()) : chosen;
        return shown;
    }
}
