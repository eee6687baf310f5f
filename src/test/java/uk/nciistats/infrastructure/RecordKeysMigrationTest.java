package uk.nciistats.infrastructure;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The migration that gives every stored report and published cell its disclosure-control key, run
 * on a database that already holds data at schema version 5, on H2 and on the PostgreSQL of this
 * machine (127.0.0.1:5432, database test, a schema of its own).
 */
class RecordKeysMigrationTest {
    private static final int REPORTS = 25_000;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void everyStoredReportAndCellGetsAKeyFrom0To255AndNewRowsMustHaveOne(String kind) throws SQLException {
        String schema = "ncii_keys_" + ProcessHandle.current().pid();
        String url = kind.equals("h2") ? "jdbc:h2:mem:" + schema + ";MODE=LEGACY;DB_CLOSE_DELAY=-1"
                : "jdbc:postgresql://127.0.0.1:5432/test";
        String user = kind.equals("h2") ? "sa" : "postgres";
        var flyway = Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration")
                .schemas(kind.equals("h2") ? "PUBLIC" : schema).callbackLocations(new String[0]);
        try (var c = DriverManager.getConnection(url, user, "")) {
            if (kind.equals("postgresql")) {
                c.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
            flyway.target("5").load().migrate();
            String prefix = kind.equals("h2") ? "" : schema + ".";
            storeDataOfVersion5(c, prefix);

            Flyway.configure(flyway.getClassLoader()).configuration(flyway.load().getConfiguration()).target("latest")
                    .javaMigrations(new RecordKeysMigration()).load().migrate();

            var histogram = new HashMap<Integer, Integer>();
            try (var rs = c.createStatement().executeQuery("SELECT record_key FROM " + prefix + "report")) {
                while (rs.next()) {
                    histogram.merge(rs.getInt(1), 1, Integer::sum);
                }
            }
            assertThat(histogram.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(REPORTS);
            assertThat(histogram.keySet()).allSatisfy(k -> assertThat(k).isBetween(0, 255));
            assertThat(histogram).as("keys spread over the whole range").hasSize(256);
            assertThat(histogram.values()).allSatisfy(n -> assertThat(n).isBetween(40, 170)); // about 98 each
            assertThat(count(c, "SELECT COUNT(*) FROM " + prefix + "count_cell WHERE record_key BETWEEN 0 AND 255"))
                    .isEqualTo(3);
            assertThatThrownBy(() -> c.createStatement().execute("INSERT INTO " + prefix + "report (id, return_id,"
                    + " victim_gender, platforms, outcome) VALUES (999999, 1, 'FEMALE', 0, 'UNKNOWN')"))
                    .as("a report stored without a key").isInstanceOf(SQLException.class);
            if (kind.equals("postgresql")) {
                c.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static void storeDataOfVersion5(Connection c, String prefix) throws SQLException {
        for (var r : Map.of(1, "RECORDS", 2, "AGGREGATE").entrySet()) {
            c.createStatement().execute("INSERT INTO " + prefix + "data_return (id, ref, force_code, offence_code,"
                    + " period_start, period_end, granularity, source, status, version, total, last_changed_by,"
                    + " created_at, updated_at) VALUES (" + r.getKey() + ", 'R" + r.getKey() + "', 'E23000032',"
                    + " 'CJCA2015-S33', DATE '2016-01-01', DATE '2016-12-31', '" + r.getValue() + "', 'test', 'DRAFT',"
                    + " 1, 0, 'editor', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        }
        try (var s = c.prepareStatement("INSERT INTO " + prefix + "report (id, return_id, victim_gender, platforms,"
                + " outcome) VALUES (?, 1, 'FEMALE', 0, 'UNKNOWN')")) {
            for (int i = 1; i <= REPORTS; i++) {
                s.setLong(1, i);
                s.addBatch();
                if (i % 5_000 == 0) {
                    s.executeBatch();
                }
            }
        }
        c.createStatement().execute("INSERT INTO " + prefix + "count_cell (return_id, dimension, category, cell_count)"
                + " VALUES (2, 'TOTAL', '', 10), (2, 'AGE', '0-17', 4), (2, 'AGE', '18+', 6)");
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
