package uk.nciistats.console.datareturns;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridLazyDataView;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import uk.nciistats.reference.Force;
import uk.nciistats.reference.ReferenceCatalog;
import uk.nciistats.returns.DataReturn;
import uk.nciistats.returns.ReturnCriteria;
import uk.nciistats.returns.ReturnOrder;
import uk.nciistats.returns.ReturnService;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;

/**
 * Returns a page at a time from {@link ReturnService#list}, sorted by the database on any column the
 * user clicks (ties newest first). Sized for 1280 px beside the navigation: the reference cell also
 * carries the offence and the source, which the search looks in.
 */
class ReturnsGrid extends Grid<DataReturn> {
    private static final DateTimeFormatter CHANGED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);
    private static final String LINKED_REF = "<a href='${item.href}'>${item.ref}</a>";
    private static final String REFERENCE = "<div style='line-height: var(--lumo-line-height-xs)'>%s<div style='font-size: var(--lumo-font-size-xs); color: var(--lumo-secondary-text-color);"
            + " overflow: hidden; text-overflow: ellipsis'>${item.detail}</div></div>";
    private static final String STATUS = "<span style='padding: 0 var(--lumo-space-xs); border-radius: var(--lumo-border-radius-s);"
            + " font-size: var(--lumo-font-size-s); font-weight: 500; color: ${item.colour}; background: ${item.shade}'>"
            + "${item.status}</span>";

    private final ReferenceCatalog catalog;

    /** {@code linked}: the reference opens the return's page (for those who may edit it). */
    ReturnsGrid(ReferenceCatalog catalog, boolean linked) {
        this.catalog = catalog;
        setId("returns-grid");
        addColumn(LitRenderer.<DataReturn>of(REFERENCE.formatted(linked ? LINKED_REF : "${item.ref}"))
                .withProperty("ref", DataReturn::ref)
                .withProperty("href", r -> "returns/" + r.id() + "/edit")
                .withProperty("detail", r -> r.offenceCode() + " · " + r.source()))
                .setHeader("Reference").setKey("ref").setFlexGrow(1).setWidth("11rem");
        sorted(addColumn(this::forceName).setHeader("Force").setWidth("9rem").setFlexGrow(0), ReturnOrder.Key.FORCE);
        sorted(addColumn(r -> r.periodStart() + " – " + r.periodEnd()).setHeader("Period")
                .setWidth("12.5rem").setFlexGrow(0), ReturnOrder.Key.PERIOD);
        sorted(addColumn(DataReturn::granularity).setHeader("Granularity").setWidth("7.5rem").setFlexGrow(0),
                ReturnOrder.Key.GRANULARITY);
        sorted(addColumn(LitRenderer.<DataReturn>of(STATUS)
                .withProperty("status", r -> r.status().name())
                .withProperty("colour", r -> StatusLook.of(r.status()).colour())
                .withProperty("shade", r -> StatusLook.of(r.status()).shade()))
                .setHeader("Status").setWidth("7rem").setFlexGrow(0), ReturnOrder.Key.STATUS);
        sorted(addColumn(DataReturn::total).setHeader("Total").setTextAlign(ColumnTextAlign.END)
                .setWidth("4.5rem").setFlexGrow(0), ReturnOrder.Key.TOTAL);
        sorted(addColumn(DataReturn::lastChangedBy).setHeader("Changed by").setWidth("7rem").setFlexGrow(0),
                ReturnOrder.Key.LAST_CHANGED_BY);
        sorted(addColumn(r -> CHANGED.format(r.updatedAt())).setHeader("Changed (UTC)").setWidth("8.5rem")
                .setFlexGrow(0), ReturnOrder.Key.LAST_CHANGED_AT);
        getColumnByKey("ref").setSortable(true).setSortProperty(ReturnOrder.Key.REF.name());
        setMultiSort(false);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
    }

    /** Shows the returns {@code criteria} gives each time the grid asks, sorted as the user chose. */
    GridLazyDataView<DataReturn> showFrom(ReturnService returns, Supplier<ReturnCriteria> criteria) {
        var rows = setItems(
                query -> returns.list(criteria.get(), orderOf(query.getSortOrders()), query.getOffset(),
                        query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, returns.count(criteria.get())));
        rows.setIdentifierProvider(DataReturn::id);
        return rows;
    }

    static List<ReturnOrder> orderOf(List<QuerySortOrder> sortOrders) {
        return sortOrders.stream().map(o -> new ReturnOrder(ReturnOrder.Key.valueOf(o.getSorted()),
                o.getDirection() == SortDirection.DESCENDING)).toList();
    }

    private String forceName(DataReturn r) {
        return catalog.force(r.forceCode()).map(Force::shortName).orElse(r.forceCode());
    }

    private static void sorted(Column<DataReturn> column, ReturnOrder.Key key) {
        column.setSortable(true).setSortProperty(key.name()).setKey(key.name().toLowerCase(java.util.Locale.ROOT));
    }
}
