package uk.nciistats.console.admin;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import uk.nciistats.console.account.PasswordForm;
import uk.nciistats.console.account.Sentences;
import uk.nciistats.console.layout.MainLayout;
import uk.nciistats.console.layout.Notices;
import uk.nciistats.errors.DomainException;
import uk.nciistats.security.CallerContext;
import uk.nciistats.security.Role;
import uk.nciistats.security.UserAccount;
import uk.nciistats.security.UserService;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Admin → Users: every user with role, state, lock-out and last sign-in; create one, change a role,
 * disable (signed out everywhere at once) or enable (also lifts a lock-out) after a confirmation,
 * reset a password. Every rule is the service's; its refusals are shown where they apply.
 */
@Route(value = "admin/users", layout = MainLayout.class)
@PageTitle("Users · NCII Stats")
@Menu(title = "Users", order = 8, icon = "vaadin:users")
@RolesAllowed("ADMIN")
@CdiComponent
public class UsersView extends VerticalLayout {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final UserService users;
    private final String me;
    private final Grid<UserAccount> grid = new Grid<>();

    @Inject
    public UsersView(UserService users, CallerContext callers) {
        this.users = users;
        this.me = callers.current().name();
        var create = new Button("New user", VaadinIcon.PLUS.create(), e -> openNewUser());
        create.setId("new-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var note = new Span("Times in UTC. Disabling a user signs them out everywhere at once.");
        note.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        var bar = new HorizontalLayout(create, note);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        prepareGrid();
        setSizeFull();
        add(bar, grid);
        refresh();
    }

    private void prepareGrid() {
        grid.setId("users-grid");
        grid.addColumn(u -> u.username().equals(me) ? u.username() + " (you)" : u.username())
                .setHeader("User name").setFlexGrow(1).setSortable(true).setComparator(UserAccount::username);
        grid.addColumn(UserAccount::role).setHeader("Role").setWidth("6.5rem").setFlexGrow(0).setSortable(true);
        grid.addColumn(u -> u.enabled() ? "Enabled" : "Disabled").setHeader("State").setWidth("6rem").setFlexGrow(0);
        grid.addColumn(u -> time(u.lockedUntil())).setHeader("Locked until").setWidth("10.5rem").setFlexGrow(0);
        grid.addColumn(u -> time(u.lastSignIn())).setHeader("Last sign-in").setWidth("10.5rem").setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
    }

    private void refresh() {
        grid.setItems(users.users());
    }

    private Component actions(UserAccount user) {
        var name = user.username();
        var actions = new HorizontalLayout();
        actions.setSpacing(false);
        actions.getStyle().set("gap", "var(--lumo-space-xs)");
        actions.add(small("Change role", "role-" + name, () -> openRole(user)));
        if (!user.enabled() || user.lockedUntil().isPresent()) {
            actions.add(small(user.enabled() ? "Unlock" : "Enable", "enable-" + name, () -> confirmEnable(user)));
        }
        if (!name.equals(me)) {
            if (user.enabled()) {
                var disable = small("Disable", "disable-" + name, () -> confirmDisable(user));
                disable.addThemeVariants(ButtonVariant.LUMO_ERROR);
                actions.add(disable);
            }
            actions.add(small("Reset password", "reset-" + name, () -> openReset(user)));
        }
        return actions;
    }

    private void openNewUser() {
        var dialog = dialog("New user");
        var form = new NewUserForm();
        form.addCreateListener(e -> {
            try {
                var created = users.create(e.user());
                dialog.close();
                refresh();
                Notices.done("Created " + created.username() + " (" + created.role() + ").");
            } catch (DomainException refused) {
                form.showError(refused.field(), refused.getMessage());
            }
        });
        dialog.add(form);
        dialog.open();
        form.focus();
    }

    private void openRole(UserAccount user) {
        var dialog = dialog("Role of " + user.username());
        var role = new ComboBox<Role>("Role");
        role.setId("role-choice");
        role.setItems(Role.values());
        role.setWidthFull();
        role.setValue(user.role());
        role.setHelperText("VIEWER: published statistics; ANALYST: all statistics and records; EDITOR: enters returns;"
                + " ADMIN: everything");
        var save = new Button("Save role", e -> act(() -> users.setRole(user.username(), role.getValue()),
                u -> dialog.close(), u -> u.username() + " is now " + u.role() + "."));
        save.setId("save-role");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(role));
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
        role.focus();
    }

    private void confirmDisable(UserAccount user) {
        var name = user.username();
        confirm("Disable " + name + "?", name + " is signed out everywhere at once — the console and every program"
                        + " using the account — and cannot sign in until enabled again.", "Disable " + name, true,
                () -> act(() -> users.disable(name), u -> { }, u -> name + " is disabled and signed out everywhere."));
    }

    private void confirmEnable(UserAccount user) {
        var name = user.username();
        var locked = user.lockedUntil().isPresent();
        var what = user.enabled() ? "lifts the lock-out that failed sign-ins put on " + name
                : "lets " + name + " sign in again" + (locked ? " and lifts the lock-out of failed sign-ins" : "");
        confirm((user.enabled() ? "Unlock " : "Enable ") + name + "?", "This " + what + ".",
                user.enabled() ? "Unlock " + name : "Enable " + name, false,
                () -> act(() -> users.enable(name), u -> { }, u -> name + " may sign in again."));
    }

    /** Asks before a change, naming what will happen; the confirming button says what it does. */
    private static void confirm(String title, String text, String confirmText, boolean danger, Runnable action) {
        var dialog = dialog(title);
        dialog.setId("confirm-dialog");
        dialog.add(new Paragraph(text));
        var cancel = new Button("Cancel", e -> dialog.close());
        cancel.setId("cancel");
        var ok = new Button(confirmText, e -> {
            dialog.close();
            action.run();
        });
        ok.setId("confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (danger) {
            ok.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        dialog.getFooter().add(cancel, ok);
        dialog.open();
        cancel.focus();
    }

    private void openReset(UserAccount user) {
        var dialog = dialog("New password for " + user.username());
        var form = new PasswordForm(false, "Set password");
        form.addPasswordChosenListener(e -> {
            try {
                users.resetPassword(user.username(), e.password());
                dialog.close();
                refresh();
                Notices.done("The password of " + user.username() + " is reset; they are signed out everywhere.");
            } catch (DomainException refused) {
                form.showError(refused.field(), refused.getMessage());
            }
        });
        dialog.add(form);
        dialog.open();
        form.focus();
    }

    /** Runs a change, then refreshes the grid and says what happened, or shows the refusal. */
    private void act(Supplier<UserAccount> change, Consumer<UserAccount> after, Function<UserAccount, String> done) {
        try {
            var changed = change.get();
            after.accept(changed);
            refresh();
            Notices.done(done.apply(changed));
        } catch (DomainException refused) {
            Notices.refused(Sentences.of(refused.getMessage()));
        }
    }

    private static Dialog dialog(String title) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(title);
        dialog.setId("user-dialog");
        dialog.setWidth("28rem");
        var close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> dialog.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        close.setAriaLabel("Close");
        dialog.getHeader().add(close);
        return dialog;
    }

    private static Button small(String text, String id, Runnable action) {
        var button = new Button(text, e -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private static String time(Optional<Instant> at) {
        return at.map(TIME::format).orElse("");
    }
}
