package uk.nciistats.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The container-managed entity manager of the database in use, for constructor injection. */
@ApplicationScoped
public class Persistence {
    @PersistenceContext(unitName = "embedded")
    EntityManager embedded;
    @PersistenceContext(unitName = "postgresql")
    EntityManager postgresql;

    private final Database database;

    @Inject
    public Persistence(Database database) {
        this.database = database;
    }

    protected Persistence() {
        this.database = null;
    }

    @Produces
    public EntityManager entityManager() {
        return database.kind() == Database.Kind.POSTGRESQL ? postgresql : embedded;
    }
}
