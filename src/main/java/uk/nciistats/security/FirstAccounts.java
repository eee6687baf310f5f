package uk.nciistats.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.nciistats.infrastructure.Migrations;

import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The accounts a new server starts with. With {@code NCII_DEMO_PASSWORD}: admin, editor, editor2,
 * analyst and viewer, each with the role its name says. Without it, on an empty user table: one
 * admin with a random password, printed once to the log.
 */
@ApplicationScoped
public class FirstAccounts {
    private static final Logger LOG = Logger.getLogger(FirstAccounts.class.getName());
    static final Map<String, Role> DEMO = Map.of("admin", Role.ADMIN, "editor", Role.EDITOR, "editor2", Role.EDITOR,
            "analyst", Role.ANALYST, "viewer", Role.VIEWER);

    private final UserDirectory users;
    private final Migrations migrations;
    private final Optional<String> demoPassword;

    @Inject
    public FirstAccounts(UserDirectory users, Migrations migrations,
                         @ConfigProperty(name = "NCII_DEMO_PASSWORD") Optional<String> demoPassword) {
        this.users = users;
        this.migrations = migrations;
        this.demoPassword = demoPassword;
    }

    protected FirstAccounts() {
        this(null, null, Optional.empty());
    }

    void onStart(@Observes Startup startup) {
        migrations.apply();
        if (demoPassword.isPresent() && !demoPassword.get().isBlank()) {
            DEMO.forEach((name, role) -> {
                if (users.exists(name)) {
                    users.changePassword(name, demoPassword.get());
                    users.changeRole(name, role);
                } else {
                    users.create(name, demoPassword.get(), role);
                }
            });
            LOG.info("Demo accounts admin, editor, editor2, analyst, viewer use NCII_DEMO_PASSWORD.");
        } else if (users.count() == 0) {
            var password = PasswordHasher.randomPassword();
            users.create("admin", password, Role.ADMIN);
            LOG.warning("First start: created user 'admin' with password " + password
                    + " (shown once; change it in the console).");
        }
    }
}
