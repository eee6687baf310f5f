package uk.nciistats.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

/**
 * The build's PostgreSQL server (ncii-pg) started on a schema of its own that does not exist yet,
 * with {@code NCII_DB_URL} in its environment as an operator would switch it, for one test class.
 * When no PostgreSQL answers, {@link #unavailable()} says so and nothing starts.
 */
public final class PostgresRun {
    public static final String URL = System.getProperty("ncii.pg.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String USER = System.getProperty("ncii.pg.user", "postgres");
    private final String schema;
    private final LibertyServer server = LibertyServer.postgresServer();
    private String unavailable;
    private boolean started;

    /** A run in the schema {@code ncii.pg.schema} + {@code suffix}. */
    public PostgresRun(String suffix) {
        this.schema = System.getProperty("ncii.pg.schema", "ncii_it") + suffix;
        if (!schema.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a schema name: " + schema);
        }
    }

    public String schema() {
        return schema;
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    /** Why PostgreSQL cannot be tested here, or null once the server is up. */
    public String unavailable() {
        return unavailable;
    }

    /** Starts the server on an empty schema; prints a banner and starts nothing when no PostgreSQL answers. */
    public void start() throws SQLException {
        unavailable = nothingAnswers();
        if (unavailable != null) {
            var bar = "#".repeat(100);
            System.err.println(bar + "\n# " + unavailable + "\n" + bar);
            return;
        }
        try (var db = connect()) {
            if (server.running()) {
                server.stop(); // left over from an interrupted run, with whatever environment it had
            }
            db.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
        var separator = URL.contains("?") ? "&" : "?";
        server.start(Map.of("NCII_DB_URL", URL + separator + "currentSchema=" + schema, "NCII_DB_USER", USER));
        started = true;
        server.awaitReady(Duration.ofMinutes(3));
    }

    public void stop() {
        if (started) {
            server.stop();
        }
    }

    public static Connection connect() throws SQLException {
        var properties = new Properties();
        properties.setProperty("user", USER);
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("loginTimeout", "5");
        return DriverManager.getConnection(URL, properties);
    }

    /**
     * Null when PostgreSQL answers; else why the tests are skipped. Only SQL state class 08 (no
     * connection) counts: a PostgreSQL that refuses the user or lacks the database fails the test.
     */
    private static String nothingAnswers() throws SQLException {
        try (var ignored = connect()) {
            return null;
        } catch (SQLException e) {
            if (e.getSQLState() == null || !e.getSQLState().startsWith("08")) {
                throw e;
            }
            return "SKIPPED: no PostgreSQL answers at " + URL + " as " + USER + " (" + e.getMessage()
                    + "). The PostgreSQL switch of this build is NOT tested. Start PostgreSQL or pass"
                    + " -Dit.pg.jdbc.url=... -Dit.pg.user=...";
        }
    }
}
