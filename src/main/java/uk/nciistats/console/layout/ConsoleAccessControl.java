package uk.nciistats.console.layout;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import uk.nciistats.console.signin.SignInView;

/**
 * Guards every console view by its access annotation ({@code @RolesAllowed}, {@code @PermitAll},
 * {@code @AnonymousAllowed}; none means nobody). Roles are the container's groups, which are
 * cumulative: {@code @RolesAllowed("EDITOR")} lets editors and admins in.
 */
@ApplicationScoped
public class ConsoleAccessControl {

    void guardViews(@Observes ServiceInitEvent event) {
        var accessControl = new NavigationAccessControl();
        accessControl.setLoginView(SignInView.class);
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(accessControl));
    }
}
