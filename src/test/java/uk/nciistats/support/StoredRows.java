package uk.nciistats.support;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * What an in-container test reads straight from the server's own database, each question on a
 * connection of its own: the rows a change really stored, a count, and a year no stored return uses.
 */
public final class StoredRows {
    private final DataSource dataSource;

    public StoredRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Every row of the query, each as column label (lower case) to value. */
    public List<Map<String, Object>> rows(String sql, Object... parameters) {
        try (var db = dataSource.getConnection()) {
            return SqlRows.query(db, sql, parameters);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The single number a {@code select count(*) ...} answers. */
    public long count(String sql, Object... parameters) {
        try (var db = dataSource.getConnection()) {
            return SqlRows.count(db, sql, parameters);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A year no stored return uses yet: returns of one force and offence must not overlap. */
    public int freshYear() {
        try (var db = dataSource.getConnection()) {
            return SqlRows.yearAfterEveryReturn(db);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
