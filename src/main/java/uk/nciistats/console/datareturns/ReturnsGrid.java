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
import uk.nciistats.returns.Granularity;
import uk.nciistats.returns.ReturnCriteria;
import uk.nciistats.returns.ReturnOrder;
import uk.nciistats.returns.ReturnService;
import uk.nciistats.returns.StoredReturn;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;

/**
 * Returns a page at a time from {@link ReturnService#list}, sorted by the database on any column the
 * user clicks (ties newest first). Sized for 1280 px beside the navigation: the reference cell also
 * carries the offence and the source, which the search looks in.
 */
class ReturnsGrid extends Grid<StoredReturn> {
    private static final String LINKED_REF = "<a href='${item.href}'>${item.first}</a>";
    private static final String SECOND_LINE = "<div style='font-size: var(--lumo-font-size-xs);"
            + " color: var(--lumo-secondary-text-color); overflow: hidden; text-overflow: ellipsis'>%s</div>";
    // the first line wraps rather than cut a long reference short (KENT-2016-FOI-0412-REVISED)
    private static final String TWO_LINES = "<div style='line-height: var(--lumo-line-height-xs)'>"
            + "<div style='white-space: normal; overflow-wrap: anywhere'>%s</div>"
            + SECOND_LINE.formatted("${item.second}") + "</div>";
    private static final String STATUS = "<span style='padding: 0 var(--lumo-space-xs); border-radius: var(--lumo-border-radius-s);"
            + " font-size: var(--lumo-font-size-xs); font-weight: 600; color: ${item.colour}; background: ${item.shade}'>"
            + "${item.status}</span>";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    private final ReferenceCatalog catalog;

    /** {@code linked}: the reference opens the return's page (for those who may edit it). */
    ReturnsGrid(ReferenceCatalog catalog, boolean linked) {
        this.catalog = catalog;
        setId("returns-grid");
        addColumn(twoLines(linked ? LINKED_REF : "${item.first}", StoredReturn::ref,
                r -> r.source() + " · " + r.offenceCode()))
                .setHeader("Reference").setKey("ref").setFlexGrow(1).setWidth("9.5rem");
        sorted(addColumn(this::forceName).setHeader("Force").setWidth("7.5rem").setFlexGrow(0), ReturnOrder.Key.FORCE);
        sorted(addColumn(twoLines("${item.first} –", r -> r.periodStart().toString(), r -> r.periodEnd().toString()))
                .setHeader("Period").setWidth("7rem").setFlexGrow(0), ReturnOrder.Key.PERIOD);
        sorted(addColumn(r -> r.granularity() == Granularity.AGGREGATE ? "Aggregate" : "Records")
                .setHeader("Granularity").setWidth("7.5rem").setFlexGrow(0), ReturnOrder.Key.GRANULARITY);
        sorted(addColumn(LitRenderer.<StoredReturn>of(STATUS)
                .withProperty("status", r -> r.status().name())
                .withProperty("colour", r -> StatusLook.of(r.status()).colour())
                .withProperty("shade", r -> StatusLook.of(r.status()).shade()))
                .setHeader("Status").setWidth("6.5rem").setFlexGrow(0), ReturnOrder.Key.STATUS);
        sorted(addColumn(StoredReturn::total).setHeader("Total").setTextAlign(ColumnTextAlign.END)
                .setWidth("4.5rem").setFlexGrow(0), ReturnOrder.Key.TOTAL);
        sorted(addColumn(StoredReturn::lastChangedBy).setHeader("Changed by").setWidth("7rem").setFlexGrow(0),
                ReturnOrder.Key.LAST_CHANGED_BY);
        sorted(addColumn(twoLines("${item.first}", r -> DAY.format(r.updatedAt()), r -> TIME.format(r.updatedAt()) + " UTC"))
                .setHeader("Changed at").setWidth("7.25rem").setFlexGrow(0), ReturnOrder.Key.LAST_CHANGED_AT);
        getColumnByKey("ref").setSortable(true).setSortProperty(ReturnOrder.Key.REF.name());
        setMultiSort(false);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        getStyle().set("--lumo-font-size-m", "var(--lumo-font-size-s)"); // a data grid's text: 14 px, not 16
    }

    /** Shows the returns {@code criteria} gives each time the grid asks, sorted as the user chose. */
    GridLazyDataView<StoredReturn> showFrom(ReturnService returns, Supplier<ReturnCriteria> criteria) {
        var rows = setItems(
                query -> returns.list(criteria.get(), orderOf(query.getSortOrders()), query.getOffset(),
                        query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, returns.count(criteria.get())));
        rows.setIdentifierProvider(StoredReturn::id);
        return rows;
    }

    static List<ReturnOrder> orderOf(List<QuerySortOrder> sortOrders) {
        return sortOrders.stream().map(o -> new ReturnOrder(ReturnOrder.Key.valueOf(o.getSorted()),
                o.getDirection() == SortDirection.DESCENDING)).toList();
    }

    /** A cell of two lines: {@code first} (a template around {@code ${item.first}}) over a small grey one. */
    private static LitRenderer<StoredReturn> twoLines(String first, java.util.function.Function<StoredReturn, String> firstLine,
                                                      java.util.function.Function<StoredReturn, String> secondLine) {
        return LitRenderer.<StoredReturn>of(TWO_LINES.formatted(first))
                .withProperty("first", firstLine::apply)
                .withProperty("second", secondLine::apply)
                .withProperty("href", r -> "returns/" + r.id() + "/edit");
    }

    private String forceName(StoredReturn r) {
        return catalog.force(r.forceCode()).map(Force::shortName).orElse(r.forceCode());
    }

    private static void sorted(Column<StoredReturn> column, ReturnOrder.Key key) {
        column.setSortable(true).setSortProperty(key.name()).setKey(key.name().toLowerCase(java.util.Locale.ROOT));
    }
}
