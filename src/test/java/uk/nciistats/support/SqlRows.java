package uk.nciistats.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads rows straight from the database, to check what a server really stored. */
public final class SqlRows {
    private SqlRows() {
    }

    /** Every row of the query, each as column label (lower case) to value, in column order. */
    public static List<Map<String, Object>> query(Connection connection, String sql, Object... parameters) {
        try (var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var rs = statement.executeQuery()) {
                var meta = rs.getMetaData();
                var rows = new ArrayList<Map<String, Object>>();
                while (rs.next()) {
                    var row = new LinkedHashMap<String, Object>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        row.put(meta.getColumnLabel(c).toLowerCase(Locale.ROOT), rs.getObject(c));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new AssertionError("query failed: " + sql, e);
        }
    }

    /** The single number a {@code select count(*) ...} answers. */
    public static long count(Connection connection, String sql, Object... parameters) {
        var rows = query(connection, sql, parameters);
        return ((Number) rows.get(0).values().iterator().next()).longValue();
    }

    /**
     * A calendar year after the period of every stored return (2040 on an empty database), asked of
     * the database each time: an in-container test's own year, so that returns of one force and
     * offence never overlap, without a count kept in a static field between tests.
     */
    public static int yearAfterEveryReturn(Connection connection) {
        return Math.toIntExact(count(connection,
                "select coalesce(max(extract(year from period_end)), 2039) + 1 from data_return"));
    }
}
