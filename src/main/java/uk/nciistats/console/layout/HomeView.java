package uk.nciistats.console.layout;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import uk.nciistats.console.forces.ForcesView;
import uk.nciistats.console.datareturns.ReturnsView;
import uk.nciistats.security.CallerContext;
import uk.nciistats.security.Role;

/** The console's address: returns for those who may read them, forces for everyone else. */
@Route("")
@PermitAll
@CdiComponent
public class HomeView extends Div implements BeforeEnterObserver {
    private final CallerContext callers;

    @Inject
    public HomeView(CallerContext callers) {
        this.callers = callers;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(callers.current().may(Role.ANALYST) ? ReturnsView.class : ForcesView.class);
    }
}
