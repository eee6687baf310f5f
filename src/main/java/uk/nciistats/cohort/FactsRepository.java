package uk.nciistats.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.nciistats.infrastructure.Database;
import uk.nciistats.reference.ReferenceCatalog;
import uk.nciistats.returns.CountCell;
import uk.nciistats.returns.CountDimension;
import uk.nciistats.returns.Gender;
import uk.nciistats.returns.Outcome;
import uk.nciistats.returns.ReturnStatus;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads what the cohort engine needs straight from the tables, streaming a return's reports into
 * columns: the version of every return, and the facts of the returns that changed.
 */
@ApplicationScoped
public class FactsRepository {
    private final Database database;
    private final ReferenceCatalog catalog;

    @Inject
    public FactsRepository(Database database, ReferenceCatalog catalog) {
        this.database = database;
        this.catalog = catalog;
    }

    protected FactsRepository() {
        this(null, null);
    }

    /** The version of every stored return, by id. */
    public Map<Long, Integer> versions() {
        var versions = new HashMap<Long, Integer>();
        try (var c = database.dataSource().getConnection();
             var s = c.prepareStatement("SELECT id, version FROM data_return");
             var rs = s.executeQuery()) {
            while (rs.next()) {
                versions.put(rs.getLong(1), rs.getInt(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read return versions", e);
        }
        return versions;
    }

    /** The facts of one return as stored now; null when it is gone. */
    public ReturnFacts load(long id) {
        try (var c = database.dataSource().getConnection()) {
            c.setReadOnly(true);
            return load(c, id);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read return " + id, e);
        }
    }

    private ReturnFacts load(Connection c, long id) throws SQLException {
        try (var s = c.prepareStatement("SELECT version, ref, force_code, offence_code, status, period_start, period_end,"
                + " granularity, total FROM data_return WHERE id = ?")) {
            s.setLong(1, id);
            try (var rs = s.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                var force = catalog.force(rs.getString(3)).orElseThrow();
                boolean records = rs.getString(8).equals("RECORDS");
                int total = rs.getInt(9);
                return new ReturnFacts(id, rs.getInt(1), rs.getString(2), force.code(), force.shortName(), force.region(),
                        force.country(), rs.getString(4), ReturnStatus.valueOf(rs.getString(5)),
                        rs.getDate(6).toLocalDate(), rs.getDate(7).toLocalDate(),
                        records ? reports(c, id, total) : null, records ? null : margins(c, id));
            }
        }
    }

    private static ReportColumns reports(Connection c, long returnId, int expected) throws SQLException {
        var cols = new ReportColumns(expected);
        try (var s = c.prepareStatement("SELECT reported_on, victim_age, victim_gender, outcome, platforms, record_key FROM report"
                + " WHERE return_id = ? ORDER BY reported_on NULLS FIRST")) {
            s.setFetchSize(5_000);
            s.setLong(1, returnId);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    var day = rs.getDate(1);
                    int age = rs.getInt(2);
                    if (rs.wasNull()) {
                        age = -1;
                    }
                    cols.add(day == null ? ReportColumns.NO_DATE : (int) day.toLocalDate().toEpochDay(), age,
                            Gender.valueOf(rs.getString(3)).ordinal(), Outcome.valueOf(rs.getString(4)).ordinal(),
                            rs.getInt(5), rs.getInt(6));
                }
            }
        }
        return cols;
    }

    private static PublishedMargins margins(Connection c, long returnId) throws SQLException {
        var cells = new ArrayList<CountCell>();
        try (var s = c.prepareStatement("SELECT dimension, category, cell_count, record_key FROM count_cell WHERE return_id = ?")) {
            s.setLong(1, returnId);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    cells.add(new CountCell(CountDimension.valueOf(rs.getString(1)), rs.getString(2), rs.getInt(3),
                            rs.getInt(4)));
                }
            }
        }
        return PublishedMargins.of(cells);
    }
}
