package uk.nciistats.console.admin;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridLazyDataView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import uk.nciistats.audit.AuditSearch;
import uk.nciistats.audit.AuditService;
import uk.nciistats.audit.RecordedChange;
import uk.nciistats.console.layout.IsoDatePicker;
import uk.nciistats.console.layout.MainLayout;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Admin → Audit log: every change, newest first, a page at a time from the database; narrowed by
 * user (who made it or whom it concerns), return reference, days and kinds of change. A row opens
 * to show each field before and after.
 */
@Route(value = "admin/audit", layout = MainLayout.class)
@PageTitle("Audit log · NCII Stats")
@Menu(title = "Audit log", order = 9, icon = "vaadin:time-backward")
@RolesAllowed("ADMIN")
@CdiComponent
public class AuditLogView extends VerticalLayout {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final AuditService audit;
    private final TextField user = new TextField("User");
    private final TextField returnRef = new TextField("Return reference");
    private final IsoDatePicker from = new IsoDatePicker("From day");
    private final IsoDatePicker to = new IsoDatePicker("To day");
    private final MultiSelectComboBox<String> kinds = new MultiSelectComboBox<>("Kind of change");
    private final Span count = new Span();
    private final Grid<RecordedChange> grid = new Grid<>();
    private AuditSearch search = AuditSearch.everything();

    @Inject
    public AuditLogView(AuditService audit) {
        this.audit = audit;
        prepareFilters();
        var rows = prepareGrid();
        user.addValueChangeListener(e -> narrow(rows));
        returnRef.addValueChangeListener(e -> narrow(rows));
        from.addValueChangeListener(e -> narrow(rows));
        to.addValueChangeListener(e -> narrow(rows));
        kinds.addValueChangeListener(e -> narrow(rows));
        var filters = new HorizontalLayout(user, returnRef, from, to, kinds);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        filters.add(count);
        setSizeFull();
        add(filters, grid);
        showCount();
    }

    private void prepareFilters() {
        user.setId("audit-user");
        user.setPlaceholder("who, or whose account");
        user.setTooltipText("Part of the name of who made the change, or of the user whose account it changed");
        user.setWidth("11rem");
        returnRef.setWidth("14rem"); // a reference such as KENT-2016-FOI-0412 whole
        from.setWidth("10rem");
        to.setWidth("10rem");
        kinds.setWidth("15rem"); // room for a chosen kind or two (SET_COUNTS, ADD_REPORTS) without cutting them
        user.setValueChangeMode(ValueChangeMode.LAZY);
        user.setClearButtonVisible(true);
        returnRef.setId("audit-return");
        returnRef.setValueChangeMode(ValueChangeMode.LAZY);
        returnRef.setClearButtonVisible(true);
        from.setId("audit-from");
        to.setId("audit-to");
        kinds.setId("audit-kinds");
        kinds.setItems(audit.kinds());
        kinds.setClearButtonVisible(true);
        count.setId("audit-count");
    }

    private GridLazyDataView<RecordedChange> prepareGrid() {
        grid.setId("audit-grid");
        grid.addColumn(e -> TIME.format(e.at())).setHeader("When (UTC)").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RecordedChange::actor).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RecordedChange::action).setHeader("Kind").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RecordedChange::returnRef).setHeader("Return").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RecordedChange::subjectUser).setHeader("User").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> AuditChanges.summary(e.before(), e.after())).setHeader("What changed").setFlexGrow(1);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(AuditLogView::details));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        var rows = grid.setItems(query -> audit.search(search, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, audit.count(search)));
        rows.setIdentifierProvider(RecordedChange::id);
        return rows;
    }

    /** Applies the filters, unless the days are the wrong way round (said beside "To day"). */
    private void narrow(GridLazyDataView<RecordedChange> rows) {
        if (from.getValue() != null && to.getValue() != null && from.getValue().isAfter(to.getValue())) {
            to.setErrorMessage("The last day is before the first.");
            to.setInvalid(true);
            return;
        }
        to.setInvalid(false);
        search = new AuditSearch(user.getValue(), returnRef.getValue(), from.getValue(), to.getValue(), kinds.getValue());
        rows.refreshAll();
        showCount();
    }

    private void showCount() {
        long found = audit.count(search);
        count.setText(found == 1 ? "1 change" : found + " changes");
    }

    /** Each field of the state before and after the change, changed fields in bold. */
    private static Component details(RecordedChange change) {
        var table = new Div();
        table.addClassName("audit-details");
        table.getStyle().set("display", "grid").set("grid-template-columns", "max-content minmax(12rem, max-content) 1fr")
                .set("gap", "var(--lumo-space-xs) var(--lumo-space-m)").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("font-size", "var(--lumo-font-size-s)");
        table.add(header("Field"), header("Before"), header("After"));
        for (var field : AuditChanges.of(change.before(), change.after())) {
            var name = new Span(field.name());
            var before = new Span(field.before());
            var after = new Span(field.after());
            if (field.changed()) {
                name.getStyle().set("font-weight", "600");
                after.getStyle().set("font-weight", "600");
            }
            table.add(name, before, after);
        }
        return table;
    }

    private static Span header(String text) {
        var span = new Span(text);
        span.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return span;
    }
}
