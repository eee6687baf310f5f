package uk.nciistats.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.util.Optional;

/**
 * Which database this server uses: the embedded H2 database by default, PostgreSQL when
 * {@code NCII_DB_URL} holds a {@code jdbc:postgresql:} URL. Both data sources are defined in
 * server.xml; this picks one, so one build runs on either.
 */
@ApplicationScoped
public class Database {
    public enum Kind {
        EMBEDDED("jdbc/embedded", "embedded"), POSTGRESQL("jdbc/postgresql", "postgresql");

        final String jndiName;
        final String persistenceUnit;

        Kind(String jndiName, String persistenceUnit) {
            this.jndiName = jndiName;
            this.persistenceUnit = persistenceUnit;
        }
    }

    private final Kind kind;

    @Inject
    public Database(@ConfigProperty(name = "NCII_DB_URL") Optional<String> url) {
        this.kind = kindOf(url.orElse(""));
    }

    protected Database() {
        this.kind = null;
    }

    static Kind kindOf(String url) {
        if (url.isBlank()) {
            return Kind.EMBEDDED;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return Kind.POSTGRESQL;
        }
        throw new IllegalStateException("NCII_DB_URL must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/db)"
                + " or unset for the embedded database");
    }

    public Kind kind() {
        return kind;
    }

    public DataSource dataSource() {
        try {
            return InitialContext.doLookup(kind.jndiName);
        } catch (NamingException e) {
            throw new IllegalStateException("data source " + kind.jndiName + " is not configured", e);
        }
    }
}
