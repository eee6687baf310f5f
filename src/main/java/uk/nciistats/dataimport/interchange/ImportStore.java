package uk.nciistats.dataimport.interchange;

import uk.nciistats.infrastructure.Database;
import uk.nciistats.returns.CountCell;
import uk.nciistats.returns.Gender;
import uk.nciistats.returns.Outcome;
import uk.nciistats.returns.RecordKeys;
import uk.nciistats.returns.ReturnStatus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes an import's rows with plain JDBC on the connection of the import's transaction: new
 * returns, their cells, and reports in chunks of multi-row INSERTs sent as one batch (the fastest
 * portable way on both H2 and PostgreSQL). Reports are buffered as primitive columns, never as
 * objects, and only one chunk at a time.
 */
final class ImportStore implements AutoCloseable {
    static final int CHUNK = 5_000;
    private static final int ROWS_PER_INSERT = 100;
    private static final String REPORT_COLUMNS =
            "INSERT INTO report (id, return_id, reported_on, victim_age, victim_gender, platforms, outcome, home_office_outcome, record_key) VALUES ";
    private static final Gender[] GENDERS = Gender.values();
    private static final Outcome[] OUTCOMES = Outcome.values();

    private final Connection connection;
    private final IdBlocks reportIds;
    private final IdBlocks returnIds;
    private PreparedStatement fullInsert;

    private final long[] returnId = new long[CHUNK];
    /** Epoch day, or Long.MIN_VALUE when not known. */
    private final long[] day = new long[CHUNK];
    /** -1 when not known. */
    private final short[] age = new short[CHUNK];
    private final byte[] gender = new byte[CHUNK];
    private final short[] platforms = new short[CHUNK];
    private final byte[] outcome = new byte[CHUNK];
    /** The Home Office outcome type (0–22), -1 when not given. */
    private final byte[] homeOfficeOutcome = new byte[CHUNK];
    /** Disclosure-control keys (cohort-semantics §10), drawn for each chunk as it is written. */
    private final byte[] recordKey = new byte[CHUNK];
    private int buffered;

    ImportStore(Connection connection, Database.Kind kind) {
        this.connection = connection;
        this.reportIds = new IdBlocks(connection, kind, "report_seq", 200);
        this.returnIds = new IdBlocks(connection, kind, "data_return_seq", 4);
    }

    /** Stores a new DRAFT return (version 1, total 0 until {@link #setTotal}); answers its id. */
    long insertReturn(ImportedReturn r, String actor, Instant now) throws SQLException {
        long id = returnIds.next();
        var d = r.details;
        try (var s = connection.prepareStatement("INSERT INTO data_return (id, ref, force_code, offence_code, period_start,"
                + " period_end, granularity, source, received_on, status, version, total, last_changed_by, created_at,"
                + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 0, ?, ?, ?)")) {
            s.setLong(1, id);
            s.setString(2, d.ref());
            s.setString(3, d.forceCode());
            s.setString(4, r.offenceCode);
            s.setObject(5, d.periodStart());
            s.setObject(6, d.periodEnd());
            s.setString(7, d.granularity().name());
            s.setString(8, d.source());
            if (d.receivedOn() == null) {
                s.setNull(9, Types.DATE);
            } else {
                s.setObject(9, d.receivedOn());
            }
            s.setString(10, ReturnStatus.DRAFT.name());
            s.setString(11, actor);
            s.setTimestamp(12, Timestamp.from(now));
            s.setTimestamp(13, Timestamp.from(now));
            s.executeUpdate();
        }
        return id;
    }

    /** Buffers one report; writes the buffer when a chunk is full. */
    void addReport(long toReturn, LocalDate reportedOn, Integer victimAge, Gender victimGender, int platformBits,
                   Outcome reportOutcome, Integer homeOfficeType) throws SQLException {
        int i = buffered;
        returnId[i] = toReturn;
        day[i] = reportedOn == null ? Long.MIN_VALUE : reportedOn.toEpochDay();
        age[i] = victimAge == null ? -1 : victimAge.shortValue();
        gender[i] = (byte) victimGender.ordinal();
        platforms[i] = (short) platformBits;
        outcome[i] = (byte) reportOutcome.ordinal();
        homeOfficeOutcome[i] = homeOfficeType == null ? -1 : homeOfficeType.byteValue();
        if (++buffered == CHUNK) {
            flushReports();
        }
    }

    /** Writes the buffered reports. */
    void flushReports() throws SQLException {
        RecordKeys.draw(recordKey);
        int full = buffered / ROWS_PER_INSERT;
        int row = 0;
        if (full > 0) {
            if (fullInsert == null) {
                fullInsert = connection.prepareStatement(reportInsert(ROWS_PER_INSERT));
            }
            for (int statement = 0; statement < full; statement++) {
                int p = 1;
                for (int k = 0; k < ROWS_PER_INSERT; k++) {
                    p = bindReport(fullInsert, p, row++);
                }
                fullInsert.addBatch();
            }
            fullInsert.executeBatch();
        }
        int rest = buffered - row;
        if (rest > 0) {
            try (var s = connection.prepareStatement(reportInsert(rest))) {
                int p = 1;
                while (row < buffered) {
                    p = bindReport(s, p, row++);
                }
                s.executeUpdate();
            }
        }
        buffered = 0;
    }

    private int bindReport(PreparedStatement s, int p, int i) throws SQLException {
        s.setLong(p++, reportIds.next());
        s.setLong(p++, returnId[i]);
        if (day[i] == Long.MIN_VALUE) {
            s.setNull(p++, Types.DATE);
        } else {
            s.setObject(p++, LocalDate.ofEpochDay(day[i]));
        }
        if (age[i] < 0) {
            s.setNull(p++, Types.SMALLINT);
        } else {
            s.setShort(p++, age[i]);
        }
        s.setString(p++, GENDERS[gender[i]].name());
        s.setShort(p++, platforms[i]);
        s.setString(p++, OUTCOMES[outcome[i]].name());
        if (homeOfficeOutcome[i] < 0) {
            s.setNull(p++, Types.SMALLINT);
        } else {
            s.setShort(p++, homeOfficeOutcome[i]);
        }
        s.setShort(p++, (short) (recordKey[i] & 0xff));
        return p;
    }

    private static String reportInsert(int rows) {
        var sql = new StringBuilder(REPORT_COLUMNS.length() + rows * 27).append(REPORT_COLUMNS);
        for (int r = 0; r < rows; r++) {
            sql.append(r == 0 ? "" : ",").append("(?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }
        return sql.toString();
    }

    void insertCells(long toReturn, List<CountCell> cells) throws SQLException {
        try (var s = connection.prepareStatement(
                "INSERT INTO count_cell (return_id, dimension, category, cell_count, record_key) VALUES (?, ?, ?, ?, ?)")) {
            for (var c : cells) {
                s.setLong(1, toReturn);
                s.setString(2, c.dimension().name());
                s.setString(3, c.category());
                s.setInt(4, c.count());
                s.setShort(5, (short) RecordKeys.draw());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Sets the total of a new return (its version stays 1: it is stored for the first time). */
    void setTotal(long id, long total) throws SQLException {
        try (var s = connection.prepareStatement("UPDATE data_return SET total = ? WHERE id = ?")) {
            s.setInt(1, Math.toIntExact(total));
            s.setLong(2, id);
            s.executeUpdate();
        }
    }

    @Override
    public void close() throws SQLException {
        if (fullInsert != null) {
            fullInsert.close();
        }
    }
}
