package uk.nciistats.console.wizard;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;

/**
 * One step of the import wizard: a titled section of the page. A step takes data and fires events;
 * it never calls a service. Every step says when the user changed something the check depends on.
 */
abstract class WizardStep extends VerticalLayout {
    WizardStep(String title) {
        add(new H3(title));
        setPadding(false);
        getStyle().set("border-top", "1px solid var(--lumo-contrast-10pct)");
    }

    /** Something the translation depends on changed: the last check no longer holds. */
    static final class ChangeEvent extends ComponentEvent<WizardStep> {
        ChangeEvent(WizardStep source) {
            super(source, false);
        }
    }

    Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
        return addListener(ChangeEvent.class, listener);
    }

    void changed() {
        fireEvent(new ChangeEvent(this));
    }
}
