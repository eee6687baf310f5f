package uk.nciistats.infrastructure;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;

/**
 * Schema version 6: every stored report and published cell gets its disclosure-control key
 * (cohort-semantics §10), drawn from a cryptographic source, which SQL's own random functions are not;
 * hence a Java migration. Runs in one transaction with the rest of the migration, in batches, and
 * logs its progress on large databases.
 * <p>Like every migration it is frozen with its version, so it draws its keys itself (uniform 0–255,
 * as {@code returns/RecordKeys} draws them for new rows) rather than through the domain's classes,
 * which may change after it has run: the infrastructure depends on no domain package.
 */
final class RecordKeysMigration implements JavaMigration {
    private static final Logger LOG = Logger.getLogger(RecordKeysMigration.class.getName());
    private static final int BATCH = 10_000;
    private static final SecureRandom SOURCE = new SecureRandom();

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("6");
    }

    @Override
    public String getDescription() {
        return "record keys";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        var c = context.getConnection();
        try (var s = c.createStatement()) {
            s.execute("ALTER TABLE report ADD COLUMN record_key SMALLINT");
            s.execute("ALTER TABLE count_cell ADD COLUMN record_key SMALLINT");
        }
        long reports = key(c, "SELECT id FROM report", "UPDATE report SET record_key = ? WHERE id = ?");
        long cells = keyCells(c);
        try (var s = c.createStatement()) {
            for (var table : new String[] {"report", "count_cell"}) {
                s.execute("ALTER TABLE " + table + " ALTER COLUMN record_key SET NOT NULL");
                s.execute("ALTER TABLE " + table + " ADD CONSTRAINT " + table
                        + "_record_key CHECK (record_key BETWEEN 0 AND 255)");
            }
        }
        LOG.info(() -> "Disclosure-control keys drawn for " + reports + " stored reports and " + cells + " published cells");
    }

    private static long key(Connection c, String select, String update) throws SQLException {
        long done = 0;
        var keys = new byte[BATCH];
        try (var read = c.createStatement(); var write = c.prepareStatement(update)) {
            read.setFetchSize(BATCH);
            try (var rs = read.executeQuery(select)) {
                int inBatch = 0;
                while (rs.next()) {
                    if (inBatch == 0) {
                        SOURCE.nextBytes(keys);
                    }
                    write.setShort(1, (short) (keys[inBatch] & 0xff));
                    write.setLong(2, rs.getLong(1));
                    write.addBatch();
                    done++;
                    if (++inBatch == BATCH) {
                        write.executeBatch();
                        inBatch = 0;
                        long n = done;
                        LOG.info(() -> "Disclosure-control keys: " + n + " reports so far");
                    }
                }
                if (inBatch > 0) {
                    write.executeBatch();
                }
            }
        }
        return done;
    }

    private static long keyCells(Connection c) throws SQLException {
        long done = 0;
        try (var read = c.createStatement();
             var rs = read.executeQuery("SELECT return_id, dimension, category FROM count_cell");
             var write = c.prepareStatement(
                     "UPDATE count_cell SET record_key = ? WHERE return_id = ? AND dimension = ? AND category = ?")) {
            while (rs.next()) {
                write.setShort(1, (short) SOURCE.nextInt(256));
                write.setLong(2, rs.getLong(1));
                write.setString(3, rs.getString(2));
                write.setString(4, rs.getString(3));
                write.addBatch();
                done++;
            }
            write.executeBatch();
        }
        return done;
    }
}
