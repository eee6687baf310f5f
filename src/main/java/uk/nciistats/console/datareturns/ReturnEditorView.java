package uk.nciistats.console.datareturns;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import uk.nciistats.console.layout.MainLayout;
import uk.nciistats.console.layout.Notices;
import uk.nciistats.errors.ConflictException;
import uk.nciistats.errors.DomainException;
import uk.nciistats.errors.NotFoundException;
import uk.nciistats.errors.ValidationException;
import uk.nciistats.reference.ReferenceCatalog;
import uk.nciistats.returns.DataReturn;
import uk.nciistats.returns.ReturnService;
import uk.nciistats.returns.ReturnStatus;
import uk.nciistats.security.CallerContext;
import uk.nciistats.security.Caller;

/**
 * Creates a return ({@code returns/new}) or changes, moves and deletes one ({@code returns/7/edit}).
 * The presenter between {@link ReturnForm}, {@link ReturnStatusActions} and {@link ReturnService}:
 * every refusal of the service is shown beside its field, or as a notice.
 */
@Route(value = "returns/new", layout = MainLayout.class)
@RouteAlias(value = "returns/:id([0-9]+)/edit", layout = MainLayout.class)
@PageTitle("Return · NCII Stats")
@Menu(title = "New return", order = 3, icon = "vaadin:plus")
@RolesAllowed("EDITOR")
@CdiComponent
public class ReturnEditorView extends VerticalLayout implements BeforeEnterObserver {
    private final ReturnService returns;
    private final ReferenceCatalog catalog;
    private final Caller caller;
    private final H2 title = new H2();
    private final Span state = new Span();
    private final ReturnStatusActions statusActions = new ReturnStatusActions();
    private final ReturnForm form;
    private DataReturn shown;

    @Inject
    public ReturnEditorView(ReturnService returns, ReferenceCatalog catalog, CallerContext callers) {
        this.returns = returns;
        this.catalog = catalog;
        this.caller = callers.current();
        form = new ReturnForm(catalog.forces(null, null), catalog.offences());
        form.addSaveListener(e -> attempt(() -> save(e.bean())));
        form.addDeleteListener(e -> confirmDelete());
        form.addCloseListener(e -> backToList());
        statusActions.addStatusChosenListener(e -> attempt(() -> changeStatus(e.to())));
        state.setId("return-state");
        var stateBar = new HorizontalLayout(state, statusActions);
        stateBar.setAlignItems(FlexComponent.Alignment.CENTER);
        setMaxWidth("64rem");
        add(title, stateBar, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("id");
        try {
            show(id.isPresent() ? returns.get(id.get()) : null);
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, e.getMessage());
        }
    }

    private void show(DataReturn r) {
        shown = r;
        statusActions.show(r, caller);
        if (r == null) {
            title.setText("New return");
            state.setText("A new return is a DRAFT until someone else verifies it.");
            form.edit(new ReturnFormBean(), true, false);
            return;
        }
        title.setText("Return " + r.ref());
        state.setText(r.status() + " · version " + r.version() + " · last changed by " + r.lastChangedBy());
        boolean changeable = r.status() != ReturnStatus.PUBLISHED;
        form.edit(ReturnFormBean.of(r, catalog.force(r.forceCode()).orElse(null),
                catalog.offence(r.offenceCode()).orElse(null)), changeable, changeable);
    }

    private void save(ReturnFormBean bean) {
        var saved = shown == null ? returns.create(bean.details())
                : returns.update(shown.id(), shown.version(), bean.details());
        Notices.done("Saved return " + saved.ref() + ".");
        backToList();
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
            offerReload(e.getMessage());
        } catch (DomainException e) {
            Notices.refused(e.getMessage());
        }
    }

    private void offerReload(String message) {
        var notice = new Notification();
        notice.setId("conflict");
        notice.addThemeVariants(NotificationVariant.LUMO_WARNING);
        notice.setPosition(Notification.Position.MIDDLE);
        var reload = new Button("Reload", e -> {
            notice.close();
            attempt(() -> show(returns.get(shown.id())));
        });
        reload.setId("reload");
        var dismiss = new Button("Keep my changes", e -> notice.close());
        var content = new HorizontalLayout(new Span(message), reload, dismiss);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        notice.add(content);
        notice.open();
    }

    private void backToList() {
        getUI().ifPresent(ui -> ui.navigate(ReturnsView.class));
    }
}
