package uk.nciistats.dataimport.interchange;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import uk.nciistats.support.GraphQLClient;
import uk.nciistats.support.ImportClient;
import uk.nciistats.support.Readback;
import uk.nciistats.support.TestServer;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nciistats.support.InterchangeCsv.KENT;
import static uk.nciistats.support.InterchangeCsv.MET;
import static uk.nciistats.support.InterchangeCsv.counts;
import static uk.nciistats.support.InterchangeCsv.returnRow;
import static uk.nciistats.support.InterchangeCsv.reports;
import static uk.nciistats.support.InterchangeCsv.returns;

/** POST /api/import on the real server: what an import stores, who may import, and what a dry run does. */
class ImportIT {
    private final ImportClient editor = ImportClient.as("editor");
    private final Readback readback = Readback.ofTestServer();

    @Test
    void anImportStoresItsReturnsReportsAndCellsAndCohortStatsCountsThemRightAfter() {
        int year = TestServer.freshYear();
        var rec = TestServer.uniqueRef("IMP-REC");
        var agg = TestServer.uniqueRef("IMP-AGG");
        assertThat(readback.cohortTotal(year, KENT, MET)).isEqualTo("0..0");

        var answer = editor.send(
                returns(returnRow(rec, KENT, year, "RECORDS"), returnRow(agg, MET, year, "AGGREGATE")),
                reports(rec + "," + year + "-03-01,19,FEMALE,SNAPCHAT;INSTAGRAM,CHARGED",
                        rec + ",,,,,UNKNOWN",
                        rec + "," + year + "-12-31,44,male,,no_further_action"),
                counts(agg + ",TOTAL,,10", agg + ",AGE,0-17,4", agg + ",AGE,18+,5"), null);

        assertThat(answer.status()).isEqualTo(200);
        var report = answer.json();
        assertThat(report.getBoolean("stored")).isTrue();
        assertThat(report.getBoolean("dryRun")).isFalse();
        assertThat(report.getInt("returns")).isEqualTo(2);
        assertThat(report.getInt("reports")).isEqualTo(3);
        assertThat(report.getInt("counts")).isEqualTo(3);
        assertThat(report.getInt("problemCount")).isZero();
        assertThat(report.getJsonArray("returnRefs").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactly(rec, agg);
        var stored = readback.returnsOf(year);
        var records = stored.get(rec);
        assertThat(records.getString("status")).isEqualTo("DRAFT");
        assertThat(records.getString("granularity")).isEqualTo("RECORDS");
        assertThat(records.getInt("total")).isEqualTo(3);
        assertThat(records.getInt("version")).isEqualTo(1);
        assertThat(records.getJsonObject("offence").getString("code")).isEqualTo("SOA2003-S66B");
        var cells = stored.get(agg);
        assertThat(cells.getInt("total")).isEqualTo(10);
        assertThat(cells.getJsonArray("counts")).hasSize(3);
        assertThat(readback.cohortTotal(year, KENT)).isEqualTo("3..3");
        assertThat(readback.cohortTotal(year, KENT, MET)).isEqualTo("13..13");
    }

    @Test
    void theImportLeavesOneAuditEntryNamingItsCountsAndReturns() {
        int year = TestServer.freshYear();
        var rec = TestServer.uniqueRef("IMP-AUD");

        editor.send(returns(returnRow(rec, KENT, year, "RECORDS")), reports(rec + ",,30,,,CAUTION"), counts(), null);

        var entries = readback.importsNaming(rec);
        assertThat(entries).hasSize(1);
        var entry = entries.get(0);
        assertThat(entry.getString("actor")).isEqualTo("editor");
        assertThat(entry.isNull("returnId")).isTrue();
        var after = Readback.state(entry, "after");
        assertThat(after.getInt("returns")).isEqualTo(1);
        assertThat(after.getInt("reports")).isEqualTo(1);
        assertThat(after.getJsonObject("returnIds").getJsonNumber(rec).longValue())
                .isEqualTo(Long.parseLong(readback.returnsOf(year).get(rec).getString("id")));
    }

    @Test
    void anImportedReturnTakesMoreReportsThroughGraphqlWithoutIdsColliding() {
        int year = TestServer.freshYear();
        var rec = TestServer.uniqueRef("IMP-IDS");
        var rows = IntStream.range(0, 120).mapToObj(i -> rec + ",,20,,,CHARGED").toArray(String[]::new);
        editor.send(returns(returnRow(rec, KENT, year, "RECORDS")), reports(rows), counts(), null);
        var id = readback.returnsOf(year).get(rec).getString("id");

        var added = GraphQLClient.as("editor").data("mutation($id: ID!) { addReports(returnId: $id, reports: ["
                + "{outcome: CAUTION}, {outcome: CHARGED}]) }", Json.createObjectBuilder().add("id", id).build());

        assertThat(added.getInt("addReports")).isEqualTo(2);
        assertThat(readback.returnsOf(year).get(rec).getInt("total")).isEqualTo(122);
    }

    @Test
    void aDryRunChecksEverythingAndStoresNothing() {
        int year = TestServer.freshYear();
        var rec = TestServer.uniqueRef("IMP-DRY");

        var answer = editor.send(returns(returnRow(rec, KENT, year, "RECORDS")),
                reports(rec + ",,30,,,CAUTION", rec + ",,31,,,CHARGED"), counts(), "dryRun=true");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().getBoolean("dryRun")).isTrue();
        assertThat(answer.json().getBoolean("stored")).isFalse();
        assertThat(answer.json().getInt("returns")).isEqualTo(1);
        assertThat(answer.json().getInt("reports")).isEqualTo(2);
        assertThat(readback.returnsOf(year)).doesNotContainKey(rec);
        assertThat(readback.importsNaming(rec)).isEmpty();
    }

    @Test
    void aDryRunOfBadFilesReportsTheirProblemsAndStoresNothing() {
        int year = TestServer.freshYear();
        var rec = TestServer.uniqueRef("IMP-DRYBAD");

        var answer = editor.send(returns(returnRow(rec, KENT, year, "RECORDS")), reports(rec + ",,130,,,CAUTION"),
                counts(), "dryRun=true");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.problems()).containsExactly("reports.csv:2:victim_age:age-range");
        assertThat(readback.returnsOf(year)).doesNotContainKey(rec);
    }

    @Test
    void reimportingAStoredReferenceIsRefusedUnlessTheCallerAsksToReplaceIt() {
        int year = TestServer.freshYear();
        var ref = TestServer.uniqueRef("IMP-RPL");
        editor.send(returns(returnRow(ref, KENT, year, "RECORDS")),
                reports(ref + ",,30,,,CAUTION", ref + ",,31,,,CHARGED"), counts(), null);
        var first = readback.returnsOf(year).get(ref);
        assertThat(readback.cohortTotal(year, KENT)).isEqualTo("2..2");

        var refused = editor.send(returns(returnRow(ref, KENT, year, "RECORDS")), reports(ref + ",,40,,,OTHER"), counts(), null);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.problems()).containsExactly("returns.csv:2:return_ref:ref-exists");
        assertThat(readback.returnsOf(year).get(ref)).isEqualTo(first);

        var replaced = editor.send(returns(returnRow(ref, KENT, year, "RECORDS")), reports(ref + ",,40,,,OTHER"), counts(),
                "replace=true");

        assertThat(replaced.status()).isEqualTo(200);
        var second = readback.returnsOf(year).get(ref);
        assertThat(second.getInt("total")).isEqualTo(1);
        assertThat(second.getString("id")).isNotEqualTo(first.getString("id"));
        assertThat(readback.cohortTotal(year, KENT)).isEqualTo("1..1");
        var history = readback.historyOf(first.getString("id"));
        assertThat(history).extracting(e -> e.getString("action")).containsExactly("CREATE", "REPLACE");
        assertThat(Readback.state(history.get(1), "before").getInt("total")).isEqualTo(2);
        assertThat(Readback.state(history.get(1), "after").getJsonNumber("replacedBy").longValue())
                .isEqualTo(Long.parseLong(second.getString("id")));
        var created = readback.historyOf(second.getString("id"));
        assertThat(created).extracting(e -> e.getString("action") + " " + e.getString("actor")).containsExactly("CREATE editor");
        assertThat(Readback.state(created.get(0), "after").getJsonNumber("replaces").longValue())
                .isEqualTo(Long.parseLong(first.getString("id")));
        assertThat(Readback.state(readback.importsNaming(ref).get(0), "after").getJsonArray("replaced").getString(0))
                .isEqualTo(ref);
    }

    @Test
    void reportsForAStoredRecordsReturnAreAddedToIt() {
        int year = TestServer.freshYear();
        var ref = TestServer.uniqueRef("IMP-ADD");
        editor.send(returns(returnRow(ref, KENT, year, "RECORDS")), reports(ref + ",,30,,,CAUTION"), counts(), null);
        var before = readback.returnsOf(year).get(ref);

        var answer = editor.send(returns(), reports(ref + ",,31,,,CHARGED", ref + ",,32,,,CHARGED"), counts(), null);

        assertThat(answer.status()).isEqualTo(200);
        var after = readback.returnsOf(year).get(ref);
        assertThat(after.getInt("total")).isEqualTo(3);
        assertThat(after.getInt("version")).isGreaterThan(before.getInt("version"));
        assertThat(readback.cohortTotal(year, KENT)).isEqualTo("3..3");
        var history = readback.historyOf(before.getString("id"));
        assertThat(history).extracting(e -> e.getString("action")).containsExactly("CREATE", "ADD_REPORTS");
        assertThat(Readback.state(history.get(0), "after").getBoolean("imported")).isTrue();
        assertThat(Readback.state(history.get(1), "after").getInt("reportsAdded")).isEqualTo(2);
    }

    @Test
    void viewersAndAnalystsMayNotImportAndGetTheApisErrorShape() {
        int year = TestServer.freshYear();
        var ref = TestServer.uniqueRef("IMP-403");
        for (var user : new String[]{"viewer", "analyst"}) {
            var answer = ImportClient.as(user).send(returns(returnRow(ref, KENT, year, "RECORDS")), reports(), counts(), null);

            assertThat(answer.status()).as(user).isEqualTo(403);
            var error = answer.json().getJsonArray("errors").getJsonObject(0);
            assertThat(error.getJsonObject("extensions").getString("code")).isEqualTo("FORBIDDEN");
            assertThat(error.getString("message")).contains("EDITOR");
        }
        assertThat(readback.returnsOf(year)).doesNotContainKey(ref);
    }

    @Test
    void anAdminMayImport() {
        int year = TestServer.freshYear();
        var ref = TestServer.uniqueRef("IMP-ADM");

        var answer = ImportClient.as("admin").send(returns(returnRow(ref, KENT, year, "RECORDS")), reports(), counts(), null);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(readback.returnsOf(year)).containsKey(ref);
    }

    @Test
    void aByteOrderMarkAtTheStartOfAFileIsAccepted() {
        int year = TestServer.freshYear();
        var ref = TestServer.uniqueRef("IMP-BOM");

        var answer = editor.send("\uFEFF" + returns(returnRow(ref, KENT, year, "RECORDS")),
                "\uFEFF" + reports(ref + ",,30,,,CAUTION"), "\uFEFF" + counts(), null);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(readback.returnsOf(year).get(ref).getInt("total")).isEqualTo(1);
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaks() {
        int year = TestServer.freshYear();
        var ref = TestServer.uniqueRef("IMP-QUO");

        var answer = editor.send(returns(ref + "," + KENT + "," + year + "-01-01," + year
                        + "-12-31,RECORDS,\"FOI 2031/1, \"\"revised\"\"\nsecond line\"," + year + "-02-01"),
                reports("\"" + ref + "\",,30,,\"FACEBOOK;TWITTER\",CAUTION"), counts(), null);

        assertThat(answer.status()).isEqualTo(200);
        var stored = readback.returnsOf(year).get(ref);
        assertThat(stored.getString("source")).isEqualTo("FOI 2031/1, \"revised\"\nsecond line");
        assertThat(stored.getInt("total")).isEqualTo(1);
    }

    @Test
    void aRequestThatIsNotAMultipartUploadIsRefused() {
        var answer = editor.post(null, "text/csv", java.net.http.HttpRequest.BodyPublishers.ofString(returns()));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.problems()).containsExactly(":0::not-multipart");
    }

    @Test
    void aFlagThatIsNeitherTrueNorFalseIsRefused() {
        var answer = editor.send(returns(), reports(), counts(), "dryRun=yes");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.problems()).containsExactly(":0::bad-parameter");
    }

    @Test
    void aQueryStringThatIsNotUrlEncodedIsRefusedAsABadParameter() throws java.io.IOException {
        // java.net.URI refuses to build such an address, so the request is written by hand, as curl would send it
        var url = java.net.URI.create(TestServer.baseUrl());
        var body = "--b\r\nContent-Disposition: form-data; name=\"returns\"\r\n\r\n" + returns() + "\r\n--b--\r\n";
        var credentials = java.util.Base64.getEncoder().encodeToString(
                ("editor:" + TestServer.demoPassword()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var request = "POST /api/import?dryRun=%G1 HTTP/1.1\r\nHost: " + url.getHost() + "\r\n"
                + "Authorization: Basic " + credentials + "\r\nContent-Type: multipart/form-data; boundary=b\r\n"
                + "Content-Length: " + body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                + "\r\nConnection: close\r\n\r\n" + body;
        try (var socket = new java.net.Socket(url.getHost(), url.getPort())) {
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            var answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 400").contains("\"rule\":\"bad-parameter\"", "not URL-encoded");
        }
    }

    @Test
    void theAnswerListsAtMostAThousandProblemsButCountsThemAll() {
        int year = TestServer.freshYear();
        var ref = TestServer.uniqueRef("IMP-MANY");
        var rows = IntStream.range(0, 1500).mapToObj(i -> ref + ",,300,,,CAUTION").toArray(String[]::new);

        var answer = editor.send(returns(returnRow(ref, KENT, year, "RECORDS")), reports(rows), counts(), null);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().getInt("problemCount")).isEqualTo(1500);
        assertThat(answer.json().getInt("problemsListed")).isEqualTo(1000);
        assertThat(answer.json().getJsonArray("problems")).hasSize(1000);
        assertThat(answer.problems().get(999)).isEqualTo("reports.csv:1001:victim_age:age-range");
        assertThat(readback.returnsOf(year)).doesNotContainKey(ref);
    }

    @Test
    void anImportOfThousandsOfReturnsWithLongReferencesIsStoredAndItsAuditEntryListsWhatFits() {
        int year = TestServer.freshYear();
        var forces = GraphQLClient.as("analyst").data("{ forces { code } }").getJsonArray("forces")
                .getValuesAs(jakarta.json.JsonObject.class).stream().map(f -> f.getString("code")).toList();
        var prefix = TestServer.uniqueRef("IMP-LONG") + "-";
        int count = 7_500;
        // one-day returns, each force's on days of its own, so that no two overlap; references of 64 characters
        var rows = IntStream.range(0, count).mapToObj(i -> {
            var ref = prefix + "x".repeat(64 - prefix.length() - 5) + String.format("%05d", i);
            var day = java.time.LocalDate.of(year, 1, 1).plusDays(i / forces.size());
            return ref + "," + forces.get(i % forces.size()) + "," + day + "," + day + ",RECORDS,FOI " + year + ",";
        }).toArray(String[]::new);
        assertThat(rows[0].split(",")[0]).hasSize(64);

        var answer = editor.send(returns(rows), reports(), counts(), null);

        assertThat(answer.status()).as(answer.json().toString().substring(0, Math.min(2000, answer.json().toString().length())))
                .isEqualTo(200);
        assertThat(answer.json().getInt("returns")).isEqualTo(count);
        var first = rows[0].split(",")[0];
        var entries = readback.importsNaming(first);
        assertThat(entries).hasSize(1);
        var after = Readback.state(entries.get(0), "after");
        assertThat(after.getInt("returns")).isEqualTo(count);
        assertThat(after.getJsonObject("returnIds").size() + after.getInt("returnsNotListed")).isEqualTo(count);
        assertThat(after.getInt("returnsNotListed")).isPositive();
        assertThat(after.toString().length()).isLessThan(250_000);
    }
}
