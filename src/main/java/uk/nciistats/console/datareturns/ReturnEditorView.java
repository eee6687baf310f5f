package uk.nciistats.console.datareturns;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import uk.nciistats.audit.AuditService;
import uk.nciistats.console.datareturns.conflicts.ConflictDialog;
import uk.nciistats.console.datareturns.conflicts.FieldConflict;
import uk.nciistats.console.datareturns.counts.CountsSection;
import uk.nciistats.console.datareturns.history.HistorySection;
import uk.nciistats.console.datareturns.history.StatusLine;
import uk.nciistats.console.datareturns.reports.ReportsSection;
import uk.nciistats.console.layout.HasHeading;
import uk.nciistats.console.layout.MainLayout;
import uk.nciistats.console.layout.Notices;
import uk.nciistats.errors.ConflictException;
import uk.nciistats.errors.DomainException;
import uk.nciistats.errors.NotFoundException;
import uk.nciistats.errors.ValidationException;
import uk.nciistats.reference.ReferenceCatalog;
import uk.nciistats.returns.Granularity;
import uk.nciistats.returns.ReportSearch;
import uk.nciistats.returns.ReturnService;
import uk.nciistats.returns.ReturnStatus;
import uk.nciistats.returns.StoredReturn;
import uk.nciistats.security.Caller;
import uk.nciistats.security.CallerContext;

/**
 * A return's page ({@code returns/7/edit}): its status line and workflow, and tabs for its details,
 * its figures (counts of an AGGREGATE return, reports of a RECORDS one) and its history; also the
 * form of a new return ({@code returns/new}). The presenter between {@link ReturnForm},
 * {@link ReturnStatusActions} and {@link ReturnService}; the figures and the history have
 * presenters of their own, which tell this page of every change so all of it shows the new version.
 * Its heading and page title name the return ("Return KENT-2016", "KENT-2016 · Return · NCII Stats").
 */
@Route(value = "returns/new", layout = MainLayout.class)
@RouteAlias(value = "returns/:id([0-9]+)/edit", layout = MainLayout.class)
@Menu(title = "New return", order = 3, icon = "vaadin:plus")
@StyleSheet("context://console/return-page.css")
@RolesAllowed("EDITOR")
@CdiComponent
public class ReturnEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, HasHeading {
    private final ReturnService returns;
    private final AuditService audit;
    private final ReferenceCatalog catalog;
    private final Caller caller;
    private final Span state = new Span();
    private final ReturnStatusActions statusActions = new ReturnStatusActions();
    private final ReturnForm form;
    private final TabSheet tabs = new TabSheet();
    private final Tab detailsTab;
    private final CountsSection counts;
    private final ReportsSection reports;
    private final HistorySection history = new HistorySection();
    private Tab figuresTab;
    private Tab historyTab;
    private StoredReturn shown;
    /** The details as the user opened them: what a conflict compares with. */
    private ReturnFormBean opened;

    @Inject
    public ReturnEditorView(ReturnService returns, ReportSearch search, AuditService audit, ReferenceCatalog catalog,
                            CallerContext callers) {
        this.returns = returns;
        this.audit = audit;
        this.catalog = catalog;
        this.caller = callers.current();
        form = new ReturnForm(catalog.forces(null, null), catalog.offences());
        form.addSaveListener(e -> attempt(() -> save(e.bean())));
        form.addDeleteListener(e -> confirmDelete());
        form.addCloseListener(e -> backToList());
        counts = new CountsSection(returns, this::show);
        reports = new ReportsSection(returns, search, this::show);
        statusActions.addStatusChosenListener(e -> attempt(() -> changeStatus(e.to())));
        state.setId("return-state");
        var stateBar = new HorizontalLayout(state, statusActions);
        stateBar.setAlignItems(FlexComponent.Alignment.CENTER);
        stateBar.setWrap(true);
        tabs.setId("return-tabs");
        tabs.setWidthFull();
        detailsTab = tabs.add("Details", form);
        detailsTab.setId("tab-details");
        setMaxWidth("80rem");
        add(stateBar, tabs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            var id = event.getRouteParameters().get("id").map(ReturnEditorView::idOf);
            show(id.isPresent() ? returns.get(id.get()) : null);
            if (id.isPresent() && figuresTab != null) {
                tabs.setSelectedTab(figuresTab);
            }
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, e.getMessage());
        }
    }

    /** The id of the address; an id too long to be one (returns/99999999999999999999/edit) is no return's. */
    private static long idOf(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new NotFoundException("id", "no return with id " + digits);
        }
    }

    /** Shows {@code r} (null: a new return) everywhere on the page. */
    private void show(StoredReturn r) {
        shown = r;
        statusActions.show(r, caller);
        if (r == null) {
            MainLayout.retitle(this);
            state.setText("A new return is a DRAFT until someone else verifies it. Save it, then enter its figures.");
            opened = new ReturnFormBean();
            form.edit(opened.copy(), true, false);
            removeTabsOfAStoredReturn();
            return;
        }
        MainLayout.retitle(this);
        var trail = audit.trailOf(r.id());
        state.setText(StatusLine.of(r, trail));
        boolean changeable = r.status() != ReturnStatus.PUBLISHED;
        opened = ReturnFormBean.of(r, catalog.force(r.forceCode()).orElse(null), catalog.offence(r.offenceCode()).orElse(null));
        form.edit(opened.copy(), changeable, changeable);
        showFigures(r);
        history.show(trail);
        if (historyTab == null) {
            historyTab = tabs.add("History", history);
            historyTab.setId("tab-history");
        }
    }

    @Override
    public String getPageTitle() {
        return shown == null ? "New return · NCII Stats" : shown.ref() + " · Return · NCII Stats";
    }

    @Override
    public String heading() {
        return shown == null ? "New return" : "Return " + shown.ref();
    }

    /** The page may be reused for another return (or a new one): its tabs follow. */
    private void removeTabsOfAStoredReturn() {
        if (figuresTab != null) {
            tabs.remove(figuresTab);
            figuresTab = null;
        }
        if (historyTab != null) {
            tabs.remove(historyTab);
            historyTab = null;
        }
    }

    private void showFigures(StoredReturn r) {
        boolean aggregate = r.granularity() == Granularity.AGGREGATE;
        if (figuresTab != null && !figuresTab.getId().orElse("").equals(aggregate ? "tab-counts" : "tab-reports")) {
            tabs.remove(figuresTab);
            figuresTab = null;
        }
        if (figuresTab == null) {
            figuresTab = tabs.add(new Tab(aggregate ? "Counts" : "Reports"), aggregate ? counts : reports, 1);
            figuresTab.setId(aggregate ? "tab-counts" : "tab-reports");
        }
        if (aggregate) {
            counts.show(r);
        } else {
            reports.show(r);
        }
    }

    private void save(ReturnFormBean bean) {
        if (shown == null) {
            var created = returns.create(bean.details());
            Notices.done("Saved return " + created.ref() + ". Now enter its " + (created.granularity() == Granularity.AGGREGATE
                    ? "counts." : "reports."));
            getUI().ifPresent(ui -> ui.navigate("returns/" + created.id() + "/edit"));
            return;
        }
        show(returns.update(shown.id(), shown.version(), bean.details()));
        Notices.done("Saved return " + shown.ref() + ".");
    }

    private void changeStatus(ReturnStatus to) {
        show(returns.setStatus(shown.id(), shown.version(), to));
        Notices.done("Return " + shown.ref() + " is " + to + ".");
    }

    private void confirmDelete() {
        var dialog = new ConfirmDialog("Delete return " + shown.ref() + "?",
                "The return, its reports and its counts will be removed for good.", "Delete",
                e -> attempt(this::delete));
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.setId("confirm-delete");
        dialog.open();
    }

    private void delete() {
        returns.delete(shown.id(), shown.version());
        Notices.done("Deleted return " + shown.ref() + ".");
        backToList();
    }

    /** Runs a change, showing the service's refusal where the user will look for it. */
    private void attempt(Runnable change) {
        try {
            change.run();
        } catch (ValidationException e) {
            var field = e.field() == null ? "" : e.field().replaceFirst("^input\\.", "");
            if (!form.showProblem(field, e.getMessage())) {
                Notices.refused(e.getMessage());
            }
        } catch (ConflictException e) {
            resolveDetails();
        } catch (DomainException e) {
            Notices.refused(e.getMessage());
        }
    }

    /** Someone saved the return after the user opened it: the user chooses field by field, or reloads. */
    private void resolveDetails() {
        var stored = returns.get(shown.id());
        var theirs = ReturnFormBean.of(stored, catalog.force(stored.forceCode()).orElse(null),
                catalog.offence(stored.offenceCode()).orElse(null));
        var mine = form.bean();
        var conflicts = FieldConflict.between(opened.fields(), theirs.fields(), mine.fields(), ReturnFormBean.LABELS);
        if (conflicts.isEmpty()) { // a status move or figures changed, not these details: nothing of theirs is lost
            shown = stored;
            attempt(() -> save(mine));
            return;
        }
        var dialog = new ConflictDialog("return " + stored.ref(), stored.lastChangedBy(), conflicts);
        dialog.addResolvedListener(e -> {
            var merged = theirs.withFieldsOf(mine, FieldConflict.keptMine(e.choices()));
            show(stored);
            form.edit(merged, true, true);
            attempt(() -> save(merged));
        });
        dialog.addReloadListener(e -> show(stored));
        dialog.open();
    }

    private void backToList() {
        getUI().ifPresent(ui -> ui.navigate(ReturnsView.class));
    }
}
