package uk.nciistats.returns;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.nciistats.infrastructure.Database;
import uk.nciistats.reference.ReferenceCatalog;
import uk.nciistats.security.CallerContext;
import uk.nciistats.security.Role;

import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every report of a condition, one at a time, for exports of any size (ANALYST and above). The rows
 * come through a JDBC cursor a fetch at a time (PostgreSQL: a server-side cursor; H2: lazy query
 * execution reading reports in id order) and go straight to the caller's sink: memory stays the same
 * for ten reports or ten million. Same condition and order as {@link ReportSearch}; the returns'
 * references, forces and statuses come from one small query beside it, not from a join.
 */
@ApplicationScoped
public class ReportListing {
    static final int FETCH_SIZE = 1_000;
    private static final String COLUMNS = "select r.id, r.return_id, r.reported_on, r.victim_age, r.victim_gender,"
            + " r.platforms, r.outcome, r.home_office_outcome from report r";
    private static final String RETURNS = "select id, ref, force_code, status from data_return";

    private final Database database;
    private final ReferenceCatalog catalog;
    private final CallerContext callers;

    /** One report with what identifies its return. */
    public record Line(long id, String returnRef, String forceCode, ReturnStatus returnStatus, LocalDate reportedOn,
                       Integer victimAge, Gender victimGender, Set<Platform> platforms, Outcome outcome,
                       Integer homeOfficeOutcome) {
    }

    /** Where the lines go, e.g. a CSV writer on the HTTP response. */
    public interface Sink {
        void accept(Line line) throws IOException;
    }

    /** What a line tells of a report's return. */
    private record ReturnOfReport(String ref, String forceCode, ReturnStatus status) {
    }

    /** The reports of one condition, ready to be listed. */
    public final class Selection {
        private final String sql;
        private final List<Object> parameters;

        private Selection(String sql, List<Object> parameters) {
            this.sql = sql;
            this.parameters = parameters;
        }

        /** Sends every report to the sink, in order; answers how many. */
        public long forEach(Sink sink) throws IOException {
            try (var connection = database.dataSource().getConnection()) {
                return forEach(connection, sink);
            } catch (SQLException e) {
                throw new IllegalStateException("listing reports failed", e);
            }
        }

        private long forEach(Connection connection, Sink sink) throws SQLException, IOException {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false); // PostgreSQL fetches through a cursor only inside a transaction
            lazy(connection, true);
            var returns = returns(connection, RETURNS, null);
            try (var statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                statement.setFetchSize(FETCH_SIZE);
                for (int i = 0; i < parameters.size(); i++) {
                    var value = parameters.get(i);
                    statement.setObject(i + 1, value instanceof LocalDate day ? Date.valueOf(day) : value);
                }
                long count = 0;
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        long returnId = rows.getLong(2);
                        var ofReturn = returns.get(returnId);
                        if (ofReturn == null) { // a return created after the listing began
                            returns.putAll(returns(connection, RETURNS + " where id = ?", returnId));
                            ofReturn = returns.get(returnId);
                        }
                        sink.accept(line(rows, ofReturn));
                        count++;
                    }
                }
                return count;
            } finally {
                connection.rollback();
                lazy(connection, false);
                connection.setAutoCommit(autoCommit);
            }
        }

        /** H2 computes rows as they are fetched instead of all at once. */
        private void lazy(Connection connection, boolean on) throws SQLException {
            if (database.kind() == Database.Kind.EMBEDDED) {
                try (var statement = connection.createStatement()) {
                    statement.execute("SET LAZY_QUERY_EXECUTION " + (on ? "TRUE" : "FALSE"));
                }
            }
        }
    }

    @Inject
    public ReportListing(Database database, ReferenceCatalog catalog, CallerContext callers) {
        this.database = database;
        this.catalog = catalog;
        this.callers = callers;
    }

    protected ReportListing() {
        this(null, null, null);
    }

    /** The reports matching {@code where} in {@code order} (then by id); refuses callers below ANALYST now. */
    public Selection select(ReportCondition where, List<ReportOrder> order) {
        callers.current().require(Role.ANALYST, "read record-level reports");
        var text = new ReportQueryText(ReportQueryText.Language.SQL, catalog);
        String condition = where == null ? "" : " where " + text.where(where);
        return new Selection(COLUMNS + condition + text.orderBy(order), List.copyOf(text.positionalParameters()));
    }

    /** Ref, force and status of the returns (a few hundred or thousand: small beside their reports). */
    private static Map<Long, ReturnOfReport> returns(Connection connection, String sql, Long id) throws SQLException {
        var returns = new HashMap<Long, ReturnOfReport>();
        try (var statement = connection.prepareStatement(sql)) {
            if (id != null) {
                statement.setLong(1, id);
            }
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    returns.put(rows.getLong(1), new ReturnOfReport(rows.getString(2), rows.getString(3),
                            ReturnStatus.valueOf(rows.getString(4))));
                }
            }
        }
        return returns;
    }

    private static Line line(ResultSet rows, ReturnOfReport ofReturn) throws SQLException {
        var day = rows.getDate(3);
        int age = rows.getInt(4);
        Integer victimAge = rows.wasNull() ? null : age;
        int homeOffice = rows.getInt(8);
        Integer homeOfficeOutcome = rows.wasNull() ? null : homeOffice;
        return new Line(rows.getLong(1), ofReturn == null ? null : ofReturn.ref(),
                ofReturn == null ? null : ofReturn.forceCode(), ofReturn == null ? null : ofReturn.status(),
                day == null ? null : day.toLocalDate(), victimAge, Gender.valueOf(rows.getString(5)),
                Platform.fromBits(rows.getInt(6)), Outcome.valueOf(rows.getString(7)), homeOfficeOutcome);
    }
}
