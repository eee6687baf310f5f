package uk.nciistats.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Which database this server uses: the embedded H2 database by default, PostgreSQL when
 * {@code NCII_DB_URL} holds a {@code jdbc:postgresql:} URL. Both data sources are defined in
 * server.xml; this picks one, so one build runs on either. A PostgreSQL URL may name the schema
 * to keep the tables in ({@code ?currentSchema=ncii}); it need not exist yet.
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
    private final Optional<String> schema;

    @Inject
    public Database(@ConfigProperty(name = "NCII_DB_URL") Optional<String> url) {
        this.kind = kindOf(url.orElse(""));
        this.schema = kind == Kind.POSTGRESQL ? schemaOf(url.orElseThrow()) : Optional.empty();
    }

    protected Database() {
        this.kind = null;
        this.schema = Optional.empty();
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

    /**
     * The first schema of a PostgreSQL URL's {@code currentSchema} parameter, if it has one: the
     * driver puts only that on the search path, so the tables must live there.
     */
    static Optional<String> schemaOf(String url) {
        int query = url.indexOf('?');
        if (query < 0) {
            return Optional.empty();
        }
        for (var parameter : url.substring(query + 1).split("&")) {
            int eq = parameter.indexOf('=');
            if (eq > 0 && parameter.substring(0, eq).equals("currentSchema")) {
                var first = URLDecoder.decode(parameter.substring(eq + 1), StandardCharsets.UTF_8).split(",")[0].trim();
                return first.isEmpty() ? Optional.empty() : Optional.of(first);
            }
        }
        return Optional.empty();
    }

    public Kind kind() {
        return kind;
    }

    /** The schema the URL names, where the migrations create and keep the tables. */
    public Optional<String> schema() {
        return schema;
    }

    public DataSource dataSource() {
        try {
            return InitialContext.doLookup(kind.jndiName);
        } catch (NamingException e) {
            throw new IllegalStateException("data source " + kind.jndiName + " is not configured", e);
        }
    }
}
