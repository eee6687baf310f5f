package uk.nciistats.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;

import java.util.logging.Logger;

/**
 * Brings the schema up to date before the application serves anything: Flyway applies the
 * versioned migrations in db/migration, the same ones on H2 and PostgreSQL. On PostgreSQL the
 * tables go into the schema the URL names ({@code currentSchema}), created when missing.
 */
@ApplicationScoped
public class Migrations {
    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());
    private final Database database;
    private volatile boolean applied;

    @Inject
    public Migrations(Database database) {
        this.database = database;
    }

    protected Migrations() {
        this.database = null;
    }

    void onStart(@Observes Startup startup) {
        apply();
    }

    public synchronized void apply() {
        if (applied) {
            return;
        }
        var configuration = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(database.dataSource())
                .locations("classpath:db/migration")
                .javaMigrations(new RecordKeysMigration())
                .callbackLocations(new String[0]);
        // A schema named in the URL: Flyway creates it when missing and keeps its history there.
        database.schema().ifPresent(configuration::schemas);
        var result = configuration.load().migrate();
        LOG.info(() -> "Database " + database.kind() + database.schema().map(s -> " (schema " + s + ")").orElse("")
                + " at schema version "
                + (result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion)
                + " (" + result.migrationsExecuted + " migrations applied now)");
        applied = true;
    }

    public boolean applied() {
        return applied;
    }
}
