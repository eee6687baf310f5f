package uk.nciistats.console.account;

import com.vaadin.flow.component.dialog.Dialog;
import uk.nciistats.console.layout.Notices;
import uk.nciistats.errors.DomainException;
import uk.nciistats.errors.ValidationException;
import uk.nciistats.security.UserService;

/** "Change password", open to everyone signed in: the current password and the new one twice. */
public class ChangePasswordDialog extends Dialog {

    public ChangePasswordDialog(UserService users) {
        setHeaderTitle("Change your password");
        setId("change-password-dialog");
        var form = new PasswordForm(true, "Change password");
        form.addPasswordChosenListener(e -> {
            try {
                users.changeMyPassword(e.current(), e.password());
                close();
                Notices.done("Your password is changed.");
            } catch (ValidationException refused) {
                form.showError(refused.field(), refused.getMessage());
            } catch (DomainException refused) {
                Notices.refused(Sentences.of(refused.getMessage()));
            }
        });
        add(form);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                form.focus();
            }
        });
    }
}
