package uk.nciistats.console.datareturns;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.shared.Registration;
import uk.nciistats.returns.ReturnStatus;
import uk.nciistats.security.Role;

/**
 * The status moves a user of a role may ask for: editors verify a DRAFT or set a VERIFIED return back
 * to DRAFT; admins also publish a VERIFIED one and withdraw a PUBLISHED one. Whether the move is
 * allowed (four eyes) is the service's to say. Fires {@link StatusChosenEvent}.
 */
public class ReturnStatusActions extends HorizontalLayout {
    private final Button verify = button("Verify", "verify", ReturnStatus.VERIFIED);
    private final Button publish = button("Publish", "publish", ReturnStatus.PUBLISHED);
    private final Button toDraft = button("Back to draft", "back-to-draft", ReturnStatus.DRAFT);

    public ReturnStatusActions() {
        add(verify, publish, toDraft);
        show(null, Role.VIEWER);
    }

    /** Shows the moves from {@code status} (null: a return not stored yet) open to {@code role}. */
    public void show(ReturnStatus status, Role role) {
        boolean editor = role.includes(Role.EDITOR);
        boolean admin = role.includes(Role.ADMIN);
        verify.setVisible(editor && status == ReturnStatus.DRAFT);
        publish.setVisible(admin && status == ReturnStatus.VERIFIED);
        toDraft.setVisible(editor && status == ReturnStatus.VERIFIED || admin && status == ReturnStatus.PUBLISHED);
    }

    public Registration addStatusChosenListener(ComponentEventListener<StatusChosenEvent> listener) {
        return addListener(StatusChosenEvent.class, listener);
    }

    private Button button(String text, String id, ReturnStatus to) {
        var button = new Button(text, e -> fireEvent(new StatusChosenEvent(this, to)));
        button.setId(id);
        return button;
    }

    /** The user asked to move the return to {@link #to()}. */
    public static class StatusChosenEvent extends ComponentEvent<ReturnStatusActions> {
        private final ReturnStatus to;

        StatusChosenEvent(ReturnStatusActions source, ReturnStatus to) {
            super(source, false);
            this.to = to;
        }

        public ReturnStatus to() {
            return to;
        }
    }
}
