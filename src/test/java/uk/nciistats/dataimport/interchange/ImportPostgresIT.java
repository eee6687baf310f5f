package uk.nciistats.dataimport.interchange;

import jakarta.json.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nciistats.support.GraphQLClient;
import uk.nciistats.support.ImportClient;
import uk.nciistats.support.PostgresRun;
import uk.nciistats.support.Readback;
import uk.nciistats.support.SqlRows;
import uk.nciistats.support.TestServer;

import java.sql.SQLException;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nciistats.support.InterchangeCsv.KENT;
import static uk.nciistats.support.InterchangeCsv.MET;
import static uk.nciistats.support.InterchangeCsv.counts;
import static uk.nciistats.support.InterchangeCsv.reports;
import static uk.nciistats.support.InterchangeCsv.returnRow;
import static uk.nciistats.support.InterchangeCsv.returns;

/**
 * The import on PostgreSQL (the build's second server, on a schema of its own): what it stores is
 * checked in PostgreSQL itself, and a rejected import leaves no row behind, however many reports it
 * had written before the problem turned up.
 */
class ImportPostgresIT {
    private static final PostgresRun RUN = new PostgresRun("_import");
    private static final String S = RUN.schema() + ".";

    private final ImportClient editor = ImportClient.as("editor").on(RUN.baseUrl());
    private final Readback readback = new Readback(RUN.baseUrl());
    private final int year = TestServer.freshYear();
    private final String rec = TestServer.uniqueRef("PGI-REC");
    private final String agg = TestServer.uniqueRef("PGI-AGG");

    @BeforeAll
    static void startTheServerOnAnEmptySchema() throws SQLException {
        RUN.start();
    }

    @AfterAll
    static void stopTheServer() {
        RUN.stop();
    }

    @BeforeEach
    void requirePostgresql() {
        if (RUN.unavailable() != null) {
            Assertions.fail(RUN.unavailable() + ": the build tests PostgreSQL as well as H2, so it fails rather than skip");
        }
    }

    /** {@code n} good reports of {@code ref}, dated in this test's year or not at all. */
    private String[] reportRows(String ref, int n) {
        return IntStream.range(0, n).mapToObj(i -> ref + "," + (i % 3 == 0 ? "" : year + "-0" + (1 + i % 9) + "-1" + (i % 10))
                + "," + (i % 100) + ",FEMALE,FACEBOOK;SNAPCHAT,CHARGED").toArray(String[]::new);
    }

    @Test
    void anImportIsStoredInPostgresqlInOneGoAndCohortStatsCountsIt() throws SQLException {
        var answer = editor.send(returns(returnRow(rec, KENT, year, "RECORDS"), returnRow(agg, MET, year, "AGGREGATE")),
                reports(reportRows(rec, 12_345)), counts(agg + ",TOTAL,,10", agg + ",GENDER,FEMALE,7"), null);

        assertThat(answer.status()).as("%s", answer.json()).isEqualTo(200);
        try (var db = PostgresRun.connect()) {
            assertThat(SqlRows.query(db, "select status, version, total from " + S + "data_return where ref = ?", rec))
                    .containsExactly(Map.of("status", "DRAFT", "version", 1, "total", 12_345));
            assertThat(SqlRows.count(db, "select count(*) from " + S + "report r join " + S + "data_return d on"
                    + " d.id = r.return_id where d.ref = ?", rec)).isEqualTo(12_345);
            assertThat(SqlRows.count(db, "select count(distinct r.id) from " + S + "report r join " + S + "data_return d on"
                    + " d.id = r.return_id where d.ref = ? and r.platforms = 5 and r.outcome = 'CHARGED'", rec)).isEqualTo(12_345);
            assertThat(SqlRows.count(db, "select count(*) from " + S + "count_cell c join " + S + "data_return d on"
                    + " d.id = c.return_id where d.ref = ?", agg)).isEqualTo(2);
            assertThat(SqlRows.count(db, "select count(*) from " + S + "audit_entry where action = 'IMPORT'"
                    + " and after_state like ?", "%" + rec + "%")).isEqualTo(1);
        }
        assertThat(readback.cohortTotal(year, KENT, MET)).isEqualTo("12355..12355");

        var id = readback.returnsOf(year).get(rec).getString("id");
        var added = GraphQLClient.as("editor").on(RUN.baseUrl()).data("mutation($id: ID!) { addReports(returnId: $id,"
                + " reports: [{outcome: CAUTION}]) }", Json.createObjectBuilder().add("id", id).build());
        assertThat(added.getInt("addReports")).isEqualTo(1);
    }

    @Test
    void aRejectedImportLeavesNoRowInPostgresqlThoughThousandsOfReportsHadBeenWritten() throws SQLException {
        long reportsBefore;
        try (var db = PostgresRun.connect()) {
            reportsBefore = SqlRows.count(db, "select count(*) from " + S + "report");
        }

        var answer = editor.send(returns(returnRow(rec, KENT, year, "RECORDS"), returnRow(agg, MET, year, "AGGREGATE")),
                reports(reportRows(rec, 11_000)), counts(agg + ",TOTAL,,10", agg + ",GENDER,FEMALE,11"), null);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.problems()).containsExactly("counts.csv:2:count:sum-exceeds-total");
        try (var db = PostgresRun.connect()) {
            assertThat(SqlRows.count(db, "select count(*) from " + S + "data_return where ref in (?, ?)", rec, agg)).isZero();
            assertThat(SqlRows.count(db, "select count(*) from " + S + "report")).isEqualTo(reportsBefore);
            assertThat(SqlRows.count(db, "select count(*) from " + S + "audit_entry where after_state like ?",
                    "%" + rec + "%")).isZero();
        }
        assertThat(readback.cohortTotal(year, KENT, MET)).isEqualTo("0..0");
    }
}
