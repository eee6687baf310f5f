package uk.nciistats.console.admin;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import uk.nciistats.console.account.Sentences;
import uk.nciistats.security.AccountRules;
import uk.nciistats.security.NewUser;
import uk.nciistats.security.Role;

/**
 * A new user's name, role and first password. Fires {@link CreateEvent}; the service checks every
 * rule and {@link #showError} puts a refusal beside the field it names ({@code input.username}…).
 */
public class NewUserForm extends FormLayout {
    private final TextField username = new TextField("User name");
    private final ComboBox<Role> role = new ComboBox<>("Role");
    private final PasswordField password = new PasswordField("First password");

    public NewUserForm() {
        username.setId("new-username");
        username.setRequired(true);
        username.setHelperText("Lower-case letters, digits, . _ - @");
        role.setId("new-role");
        role.setItems(Role.values());
        role.setValue(Role.VIEWER);
        role.setRequired(true);
        password.setId("new-user-password");
        password.setRequired(true);
        password.setHelperText("At least " + AccountRules.MIN_PASSWORD + " characters; the user changes it after signing in");
        var create = new Button("Create user", e -> fireEvent(new CreateEvent(this,
                new NewUser(username.getValue().strip(), role.getValue(), password.getValue()))));
        create.setId("create-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER).listenOn(this);
        add(username, role, password, create);
        setResponsiveSteps(new ResponsiveStep("0", 1));
    }

    public Registration addCreateListener(ComponentEventListener<CreateEvent> listener) {
        return addListener(CreateEvent.class, listener);
    }

    public void showError(String field, String message) {
        username.setInvalid(false);
        role.setInvalid(false);
        password.setInvalid(false);
        if ("input.role".equals(field)) {
            role.setErrorMessage(Sentences.of(message));
            role.setInvalid(true);
            role.focus();
        } else if ("input.password".equals(field)) {
            password.setErrorMessage(Sentences.of(message));
            password.setInvalid(true);
            password.focus();
        } else {
            username.setErrorMessage(Sentences.of(message));
            username.setInvalid(true);
            username.focus();
        }
    }

    public void focus() {
        username.focus();
    }

    /** The administrator asked to create this user. */
    public static class CreateEvent extends ComponentEvent<NewUserForm> {
        private final NewUser user;

        CreateEvent(NewUserForm source, NewUser user) {
            super(source, false);
            this.user = user;
        }

        public NewUser user() {
            return user;
        }
    }
}
