package uk.nciistats.console.datareturns;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.shared.Registration;
import uk.nciistats.returns.ReturnStatus;
import uk.nciistats.returns.StoredReturn;
import uk.nciistats.security.Caller;
import uk.nciistats.security.Role;

/**
 * The status moves of a return its viewer may ask for: editors verify a DRAFT someone else changed
 * last (to the one who changed it last, Verify is shown disabled with the reason) or set a VERIFIED
 * return back to DRAFT; admins also publish a VERIFIED one (after confirming) and withdraw a
 * PUBLISHED one. The service has the last word. Fires {@link StatusChosenEvent}.
 */
public class ReturnStatusActions extends HorizontalLayout {
    static final String LAST_CHANGER = "You made the last change; another editor verifies it.";

    private final Button verify = button("Verify", "verify", ReturnStatus.VERIFIED);
    private final Span verifyReason = new Span(LAST_CHANGER);
    private final Button publish = new Button("Publish…", e -> confirmPublish());
    private final Button toDraft = button("Back to draft", "back-to-draft", ReturnStatus.DRAFT);
    private String ref;

    public ReturnStatusActions() {
        verifyReason.setId("verify-reason");
        verifyReason.getStyle().set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-s)");
        publish.setId("publish");
        add(verify, verifyReason, publish, toDraft);
        setAlignItems(FlexComponent.Alignment.CENTER);
        show(null, new Caller("", Role.VIEWER));
    }

    /** Shows the moves from the status of {@code r} (null: a return not stored yet) open to {@code caller}. */
    public void show(StoredReturn r, Caller caller) {
        var current = r == null ? null : r.status();
        ref = r == null ? null : r.ref();
        boolean editor = caller.may(Role.EDITOR);
        boolean admin = caller.may(Role.ADMIN);
        boolean draft = editor && current == ReturnStatus.DRAFT;
        boolean fourEyes = draft && !r.verifiableBy(caller.name());
        verify.setVisible(draft);
        verify.setEnabled(draft && !fourEyes);
        verify.setTooltipText(fourEyes ? LAST_CHANGER : null);
        verifyReason.setVisible(fourEyes);
        publish.setVisible(admin && current == ReturnStatus.VERIFIED);
        toDraft.setVisible(editor && current == ReturnStatus.VERIFIED || admin && current == ReturnStatus.PUBLISHED);
    }

    public Registration addStatusChosenListener(ComponentEventListener<StatusChosenEvent> listener) {
        return addListener(StatusChosenEvent.class, listener);
    }

    private void confirmPublish() {
        var dialog = new ConfirmDialog();
        dialog.setId("confirm-publish");
        dialog.setHeader("Publish return " + ref + "?");
        dialog.setText("Viewers, the dashboard and the BI feeds will show its figures, and it cannot change until"
                + " an admin sets it back to DRAFT.");
        var confirm = new Button("Publish " + ref, e -> {
            dialog.close();
            fireEvent(new StatusChosenEvent(this, ReturnStatus.PUBLISHED));
        });
        confirm.setId("confirm-publish-button");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.setConfirmButton(confirm);
        var cancel = new Button("Cancel", e -> dialog.close());
        cancel.setId("cancel-publish");
        dialog.setCancelable(true);
        dialog.setCancelButton(cancel);
        dialog.open();
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
