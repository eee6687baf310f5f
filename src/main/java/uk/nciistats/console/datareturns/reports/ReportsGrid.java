package uk.nciistats.console.datareturns.reports;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridLazyDataView;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.shared.Registration;
import uk.nciistats.console.datareturns.CategoryNames;
import uk.nciistats.returns.Outcome;
import uk.nciistats.returns.Platform;
import uk.nciistats.returns.ReportCondition.Compare;
import uk.nciistats.returns.ReportCondition.Field;
import uk.nciistats.returns.ReportCondition.Op;
import uk.nciistats.returns.ReportCondition;
import uk.nciistats.returns.ReportOrder;
import uk.nciistats.returns.StoredReport;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The reports of one return, a page at a time from whatever {@link Pages} answers: sortable by date,
 * age, gender and outcome, filtered by age, outcome and platform; rows are chosen for a bulk delete.
 * Fires {@link ChangeEvent}, {@link DeleteEvent} (one or several reports); knows no service.
 */
public class ReportsGrid extends VerticalLayout {
    /** A page of reports for a condition and order, and how many match. */
    public interface Pages {
        List<StoredReport> page(ReportCondition where, List<ReportOrder> order, int offset, int limit);

        int count(ReportCondition where);
    }

    final Grid<StoredReport> grid = new Grid<>();
    final IntegerField ageFrom = new IntegerField("Age from");
    final IntegerField ageTo = new IntegerField("Age to");
    final MultiSelectComboBox<Outcome> outcomes = new MultiSelectComboBox<>("Outcome");
    final MultiSelectComboBox<Platform> platforms = new MultiSelectComboBox<>("Platform");
    final Button deleteSelected = new Button("Delete selected", e -> fireEvent(new DeleteEvent(this, grid.getSelectedItems())));
    final Span rowCount = new Span();
    private final long returnId;
    private final GridLazyDataView<StoredReport> rows;
    private boolean changeable = true;

    public ReportsGrid(long returnId, Pages pages) {
        this.returnId = returnId;
        setPadding(false);
        prepareFilters();
        grid.setId("reports-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(r -> r.id()).setHeader("Id").setAutoWidth(true).setFlexGrow(0).setKey("ID").setSortable(true);
        grid.addColumn(r -> r.reportedOn() == null ? "not known" : r.reportedOn().toString()).setHeader("Reported on")
                .setKey("REPORTED_ON").setSortable(true).setAutoWidth(true);
        grid.addColumn(r -> r.victimAge() == null ? "not known" : r.victimAge().toString()).setHeader("Age")
                .setKey("VICTIM_AGE").setSortable(true).setAutoWidth(true);
        grid.addColumn(r -> CategoryNames.of(r.victimGender())).setHeader("Gender").setKey("VICTIM_GENDER")
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(r -> r.platforms().isEmpty() ? "none named"
                : r.platforms().stream().map(CategoryNames::of).collect(Collectors.joining(", "))).setHeader("Platforms")
                .setWidth("11rem").setFlexGrow(1); // several platforms wrap onto a second line, never cut short
        grid.addColumn(r -> CategoryNames.of(r.outcome()) + (r.homeOfficeOutcome() == null ? "" : " (HO " + r.homeOfficeOutcome() + ")"))
                .setHeader("Outcome").setKey("OUTCOME").setSortable(true).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("22rem");
        rows = grid.setItems(q -> pages.page(condition(), order(q.getSortOrders()), q.getOffset(), q.getLimit()).stream(),
                q -> pages.count(condition()));
        rows.setIdentifierProvider(StoredReport::id);
        rows.addItemCountChangeListener(e -> rowCount.setText(e.getItemCount() + " reports shown"));
        grid.addSelectionListener(e -> deleteSelected.setEnabled(changeable && !e.getAllSelectedItems().isEmpty()));
        deleteSelected.setId("delete-selected-reports");
        deleteSelected.addThemeVariants(ButtonVariant.LUMO_ERROR);
        deleteSelected.setEnabled(false);
        rowCount.setId("reports-count");
        var bar = new HorizontalLayout(ageFrom, ageTo, outcomes, platforms, deleteSelected, rowCount);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        add(bar, grid);
    }

    /** Reads the reports again (after a change), keeping filters and order. */
    public void refresh() {
        grid.deselectAll();
        rows.refreshAll();
    }

    public void setChangeable(boolean changeable) {
        this.changeable = changeable;
        deleteSelected.setVisible(changeable);
        grid.setSelectionMode(changeable ? Grid.SelectionMode.MULTI : Grid.SelectionMode.NONE);
        rows.refreshAll();
    }

    /** The grid's filters as a condition, always within this return. */
    ReportCondition condition() {
        var all = new ArrayList<ReportCondition>();
        all.add(new Compare(Field.RETURN_ID, Op.EQ, returnId));
        if (ageFrom.getValue() != null) {
            all.add(new Compare(Field.VICTIM_AGE, Op.GTE, ageFrom.getValue()));
        }
        if (ageTo.getValue() != null) {
            all.add(new Compare(Field.VICTIM_AGE, Op.LTE, ageTo.getValue()));
        }
        if (!outcomes.getValue().isEmpty()) {
            all.add(new Compare(Field.OUTCOME, Op.IN, List.copyOf(outcomes.getValue())));
        }
        if (!platforms.getValue().isEmpty()) {
            all.add(new Compare(Field.PLATFORM, Op.IN, List.copyOf(platforms.getValue())));
        }
        return new ReportCondition.And(all);
    }

    static List<ReportOrder> order(List<QuerySortOrder> sortOrders) {
        return sortOrders.stream().map(o -> new ReportOrder(ReportOrder.Key.valueOf(o.getSorted()),
                o.getDirection() == SortDirection.DESCENDING)).toList();
    }

    private HorizontalLayout actions(StoredReport r) {
        var change = new Button("Change", e -> fireEvent(new ChangeEvent(this, r)));
        change.setId("change-report-" + r.id());
        change.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        var delete = new Button("Delete", e -> fireEvent(new DeleteEvent(this, Set.of(r))));
        delete.setId("delete-report-" + r.id());
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        change.setVisible(changeable);
        delete.setVisible(changeable);
        return new HorizontalLayout(change, delete);
    }

    private void prepareFilters() {
        ageFrom.setId("filter-age-from");
        ageTo.setId("filter-age-to");
        Stream.of(ageFrom, ageTo).forEach(f -> {
            f.setMin(0);
            f.setMax(120);
            f.setWidth("7em");
            f.setClearButtonVisible(true);
            f.setI18n(new IntegerField.IntegerFieldI18n()
                    .setBadInputErrorMessage("an age is a whole number of years, e.g. 15")
                    .setMinErrorMessage("an age is 0 or more").setMaxErrorMessage("an age is at most 120"));
            f.addValueChangeListener(e -> refresh());
        });
        outcomes.setId("filter-outcome");
        outcomes.setItems(Outcome.values());
        outcomes.setItemLabelGenerator(CategoryNames::of);
        outcomes.addValueChangeListener(e -> refresh());
        platforms.setId("filter-platform");
        platforms.setItems(Platform.values());
        platforms.setItemLabelGenerator(CategoryNames::of);
        platforms.addValueChangeListener(e -> refresh());
    }

    public Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
        return addListener(ChangeEvent.class, listener);
    }

    public Registration addDeleteListener(ComponentEventListener<DeleteEvent> listener) {
        return addListener(DeleteEvent.class, listener);
    }

    /** The user wants to change {@link #report()}. */
    public static class ChangeEvent extends ComponentEvent<ReportsGrid> {
        private final StoredReport report;

        ChangeEvent(ReportsGrid source, StoredReport report) {
            super(source, false);
            this.report = report;
        }

        public StoredReport report() {
            return report;
        }
    }

    /** The user wants to delete {@link #reports()}. */
    public static class DeleteEvent extends ComponentEvent<ReportsGrid> {
        private final List<StoredReport> reports;

        DeleteEvent(ReportsGrid source, Set<StoredReport> reports) {
            super(source, false);
            this.reports = List.copyOf(reports);
        }

        public List<StoredReport> reports() {
            return reports;
        }
    }
}
