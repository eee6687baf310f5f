package uk.nciistats.console.layout;

import com.vaadin.flow.server.auth.DefaultMenuAccessControl;
import jakarta.enterprise.context.Dependent;

/**
 * Vaadin's menu asks the instantiator for a {@code MenuAccessControl}; Vaadin CDI 15 predates it and
 * finds no bean, so the default is offered as one. {@code MainLayout} thereby lists only the views
 * the user may open.
 */
@Dependent
public class ConsoleMenuAccess extends DefaultMenuAccessControl {
}
