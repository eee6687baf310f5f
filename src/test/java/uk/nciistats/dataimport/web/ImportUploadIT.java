package uk.nciistats.dataimport.web;

import org.junit.jupiter.api.Test;
import uk.nciistats.support.ImportClient;
import uk.nciistats.support.Readback;
import uk.nciistats.support.TestServer;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nciistats.support.InterchangeCsv.KENT;
import static uk.nciistats.support.InterchangeCsv.counts;
import static uk.nciistats.support.InterchangeCsv.reports;
import static uk.nciistats.support.InterchangeCsv.returns;

/**
 * How {@code POST /api/import} reads a multipart/form-data body (the servlet container's parts, see
 * {@code ImportUploads}): parts in any order, large or small, reach the import byte for byte; the
 * boundary is the one the Content-Type names; a body that is not the multipart it claims is refused.
 * The size limit is ImportRejectionIT's.
 */
class ImportUploadIT {
    private static final String BOUNDARY = "----b0undary";

    private final ImportClient editor = ImportClient.as("editor");
    private final Readback readback = Readback.ofTestServer();

    private static String part(String boundary, String name, String content) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + name
                + ".csv\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n";
    }

    private ImportClient.Answer post(String contentType, String body, String query) {
        return editor.post(query, contentType, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    @Test
    void partsInAnyOrderReachTheImportWholeHoweverLargeEvenWithALineThatStartsLikeTheBoundary() {
        int year = TestServer.freshYear();
        var ref = TestServer.uniqueRef("UPL-ORD");
        var source = "FOI " + year + "\r\n--" + BOUNDARY.substring(0, 8) + "not-the-boundary";
        var returns = returns(ref + "," + KENT + "," + year + "-01-01," + year + "-12-31,RECORDS,\"" + source + "\",");
        // well over the part size the container keeps in memory: this part goes through a temporary file
        var reports = reports(IntStream.range(0, 40_000).mapToObj(i -> ref + ",,30,,,CAUTION").toArray(String[]::new));
        assertThat(reports.length()).isGreaterThan(ImportUploads.IN_MEMORY_BYTES);
        var body = part(BOUNDARY, "reports", reports) + part(BOUNDARY, "counts", counts())
                + part(BOUNDARY, "returns", returns) + "--" + BOUNDARY + "--\r\n";

        var answer = post("multipart/form-data; boundary=" + BOUNDARY, "preamble\r\n" + body, null);

        assertThat(answer.status()).as(answer.json().toString()).isEqualTo(200);
        assertThat(answer.json().getInt("reports")).isEqualTo(40_000);
        var stored = readback.returnsOf(year).get(ref);
        assertThat(stored.getString("source")).isEqualTo(source);
        assertThat(stored.getInt("total")).isEqualTo(40_000);
    }

    @Test
    void theBoundaryIsTheOneTheContentTypeNamesQuotedOrNotAmongOtherParameters() {
        int year = TestServer.freshYear();
        var ref = TestServer.uniqueRef("UPL-BND");
        var boundary = "a b";
        var body = part(boundary, "returns", returns(ref + "," + KENT + "," + year + "-01-01," + year
                + "-12-31,RECORDS,FOI,")) + part(boundary, "reports", reports(ref + ",,30,,,CAUTION"))
                + part(boundary, "counts", counts()) + "--" + boundary + "--\r\n";

        var answer = post("multipart/form-data; charset=utf-8; boundary=\"" + boundary + "\"", body, "dryRun=true");

        assertThat(answer.status()).as(answer.json().toString()).isEqualTo(200);
        assertThat(answer.json().getInt("reports")).isEqualTo(1);
    }

    @Test
    void aBodyWithoutItsClosingBoundaryIsRefusedAsNotMultipart() {
        var body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"returns\"\r\n\r\nabc";

        var answer = post("multipart/form-data; boundary=" + BOUNDARY, body, null);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.problems()).containsExactly(":0::not-multipart");
    }

    @Test
    void aPartGivenTwiceAndAPartOfAnotherNameAreRefusedNamingThem() {
        var body = part(BOUNDARY, "returns", returns()) + part(BOUNDARY, "reports", reports())
                + part(BOUNDARY, "reports", reports()) + part(BOUNDARY, "counts", counts())
                + part(BOUNDARY, "notes", "x") + "--" + BOUNDARY + "--\r\n";

        var answer = post("multipart/form-data; boundary=" + BOUNDARY, body, null);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.problems()).containsExactly("reports.csv:0::duplicate-part", "notes.csv:0::unknown-part");
    }
}
