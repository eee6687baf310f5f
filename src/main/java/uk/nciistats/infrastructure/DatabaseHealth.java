package uk.nciistats.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the schema is migrated and the database answers. */
@Readiness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {
    private final Database database;
    private final Migrations migrations;

    @Inject
    public DatabaseHealth(Database database, Migrations migrations) {
        this.database = database;
        this.migrations = migrations;
    }

    protected DatabaseHealth() {
        this(null, null);
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database").withData("kind", database.kind().name());
        if (!migrations.applied()) {
            return response.down().withData("reason", "schema not migrated yet").build();
        }
        try (var connection = database.dataSource().getConnection()) {
            return connection.isValid(2) ? response.up().build() : response.down().build();
        } catch (Exception e) {
            return response.down().withData("reason", "database does not answer").build();
        }
    }
}
