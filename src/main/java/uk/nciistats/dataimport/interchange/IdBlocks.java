package uk.nciistats.dataimport.interchange;

import uk.nciistats.infrastructure.Database;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Ids from a sequence the way EclipseLink takes them (allocationSize 50, the sequences of
 * migration V1 start at 50 and step by 50): each value v drawn stands for the block v-49..v, so JPA
 * and the import never hand out the same id. Draws many blocks per query.
 */
final class IdBlocks {
    static final int BLOCK = 50;
    private final Connection connection;
    private final String sql;
    private final int mostPerQuery;
    private int blocksPerQuery = 2;
    private final long[] ends;
    private int drawn;
    private int used;
    private long next;
    private long end = -1;

    /** Draws 2 blocks at first and 4 times more each time, up to {@code mostPerQuery}: small imports waste few ids. */
    IdBlocks(Connection connection, Database.Kind kind, String sequence, int mostPerQuery) {
        this.connection = connection;
        this.mostPerQuery = mostPerQuery;
        this.ends = new long[mostPerQuery];
        this.sql = kind == Database.Kind.POSTGRESQL
                ? "SELECT nextval('" + sequence + "') FROM generate_series(1, ?)"
                : "SELECT NEXT VALUE FOR " + sequence + " FROM SYSTEM_RANGE(1, ?)";
    }

    long next() throws SQLException {
        if (next > end) {
            if (used == drawn) {
                draw();
            }
            end = ends[used++];
            next = end - BLOCK + 1;
        }
        return next++;
    }

    private void draw() throws SQLException {
        try (var s = connection.prepareStatement(sql)) {
            s.setInt(1, blocksPerQuery);
            try (var rs = s.executeQuery()) {
                drawn = 0;
                used = 0;
                while (rs.next()) {
                    ends[drawn++] = rs.getLong(1);
                }
            }
        }
        if (drawn == 0) {
            throw new SQLException("the sequence gave no values");
        }
        blocksPerQuery = Math.min(mostPerQuery, blocksPerQuery * 4);
    }
}
