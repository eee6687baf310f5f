package uk.nciistats.console.account;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.shared.Registration;
import uk.nciistats.security.AccountRules;

/**
 * A new password typed twice, and the current one when the person changes their own. Checks that
 * the two copies match and the length before firing {@link PasswordChosenEvent}; every other rule
 * is the service's, and {@link #showError} puts its refusal beside the field it names.
 */
public class PasswordForm extends FormLayout {
    private final PasswordField current = new PasswordField("Current password");
    private final PasswordField password = new PasswordField("New password");
    private final PasswordField repeat = new PasswordField("New password again");
    private final Button save;

    public PasswordForm(boolean askCurrent, String saveText) {
        current.setId("current-password");
        current.setVisible(askCurrent);
        current.setRequired(askCurrent);
        password.setId("new-password");
        password.setRequired(true);
        password.setHelperText("At least " + AccountRules.MIN_PASSWORD + " characters");
        repeat.setId("repeat-password");
        repeat.setRequired(true);
        save = new Button(saveText, e -> choose());
        save.setId("save-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(this);
        add(current, password, repeat, save);
        setResponsiveSteps(new ResponsiveStep("0", 1));
    }

    public Registration addPasswordChosenListener(ComponentEventListener<PasswordChosenEvent> listener) {
        return addListener(PasswordChosenEvent.class, listener);
    }

    /** Shows a refusal beside the field it names: {@code current}, or the new password for any other. */
    public void showError(String field, String message) {
        var at = "current".equals(field) ? current : password;
        at.setErrorMessage(Sentences.of(message));
        at.setInvalid(true);
        at.focus();
    }

    /** Puts the keyboard in the first field. */
    public void focus() {
        (current.isVisible() ? current : password).focus();
    }

    private void choose() {
        current.setInvalid(false);
        password.setInvalid(false);
        repeat.setInvalid(false);
        if (current.isVisible() && current.isEmpty()) {
            showError("current", "Type your current password.");
        } else if (password.getValue().length() < AccountRules.MIN_PASSWORD) {
            showError("password", "A password needs at least " + AccountRules.MIN_PASSWORD + " characters.");
        } else if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage("The two new passwords differ.");
            repeat.setInvalid(true);
            repeat.focus();
        } else {
            fireEvent(new PasswordChosenEvent(this, current.getValue(), password.getValue()));
        }
    }

    /** The person chose a new password; {@link #current()} is empty when it was not asked for. */
    public static class PasswordChosenEvent extends ComponentEvent<PasswordForm> {
        private final String current;
        private final String password;

        PasswordChosenEvent(PasswordForm source, String current, String password) {
            super(source, false);
            this.current = current;
            this.password = password;
        }

        public String current() {
            return current;
        }

        public String password() {
            return password;
        }
    }
}
