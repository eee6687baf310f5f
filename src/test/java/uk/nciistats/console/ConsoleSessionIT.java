package uk.nciistats.console;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import uk.nciistats.support.ImportClient;
import uk.nciistats.support.Refused;
import uk.nciistats.support.ReturnDesk;
import uk.nciistats.support.ReturnSpec;
import uk.nciistats.support.TestServer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nciistats.support.InterchangeCsv.KENT;
import static uk.nciistats.support.InterchangeCsv.counts;
import static uk.nciistats.support.InterchangeCsv.reports;
import static uk.nciistats.support.InterchangeCsv.returnRow;
import static uk.nciistats.support.InterchangeCsv.returns;
import static uk.nciistats.support.TestServer.uniqueRef;

/**
 * The console's session cookie, which a browser also sends with a form another website posts,
 * signs in the console and reads, but no change to a program's endpoint: such a forged request
 * stores nothing.
 */
class ConsoleSessionIT extends BrowserTest {
    private static final String BOUNDARY = "forged-form-boundary";
    private static final String OFFENCES = "{\"query\":\"{ offences { code } }\"}";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    @Test
    void anImportSignedInOnlyByAnEditorsConsoleSessionGets401AndStoresNothing() {
        browser.signIn("editor", TestServer.demoPassword());
        var cookies = browser.cookies();
        var ref = uniqueRef("forged");
        var files = new String[] {returns(returnRow(ref, KENT, TestServer.freshYear(), "RECORDS")), reports(), counts()};

        var forged = send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + "/api/import"))
                .header("Cookie", cookies)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofString(multipart(files), StandardCharsets.UTF_8)));

        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(forged.body()).doesNotContain(ref);
        // the session itself is good: it still reads
        var read = send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + "/api/export/returns.csv"))
                .header("Cookie", cookies).GET());
        assertThat(read.statusCode()).isEqualTo(200);
        // nothing was stored: the same return is still new to the importer signed in with Basic
        var check = ImportClient.as("editor").send(files[0], files[1], files[2], "dryRun=true");
        assertThat(check.status()).as(check.json().toString()).isEqualTo(200);
        // and the browser holds the session cookie as SameSite=Lax, so it goes with no cross-site post at all
        assertThat(browser.sessionCookieSameSite()).isEqualTo("Lax");
    }

    @Test
    void theConsoleSignsInOverPlainHttpOnLocalhostAlthoughItsSessionCookieIsSecure() {
        assertThat(TestServer.baseUrl()).startsWith("http://localhost:");

        browser.signIn("viewer", TestServer.demoPassword()).go("forces");

        assertThat(browser.waitFor(b -> b.has("forces-grid")).has("signed-in-user")).isTrue();
        assertThat(browser.sessionCookieSecure()).isTrue();
    }

    @Test
    void graphiqlKeepsTheSessionForJsonButAPostThatNeedsNoPreflightIsRefusedAs415() {
        browser.signIn("analyst", TestServer.demoPassword());
        var cookies = browser.cookies();

        var json = graphql(cookies, "application/json");
        var text = graphql(cookies, "text/plain;charset=UTF-8");
        var form = graphql(cookies, "application/x-www-form-urlencoded");

        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains("CJCA2015");
        for (var refused : new HttpResponse<?>[] {text, form}) {
            assertThat(refused.statusCode()).isEqualTo(415);
            assertThat((String) refused.body()).contains("\"code\":\"VALIDATION\"").contains("\"field\":\"Content-Type\"")
                    .doesNotContain("CJCA2015");
        }
    }

    /** A form another website posts to a path under /graphql, with an editor's session cookie, creates no return. */
    @Test
    void aTextPlainMutationSignedInOnlyByAnEditorsSessionStoresNothingOnAnyPathUnderGraphql() {
        browser.signIn("editor", TestServer.demoPassword());
        var cookies = browser.cookies();

        for (var path : List.of("/graphql", "/graphql/", "/graphql/x", "/graphql;x")) {
            var spec = ReturnSpec.records(TestServer.freshYear()).withRef(uniqueRef("FORGED"));
            var create = Json.createObjectBuilder()
                    .add("query", "mutation($in: ReturnInput!) { createReturn(input: $in) { id } }")
                    .add("variables", Json.createObjectBuilder().add("in", spec.json())).build().toString();

            var forged = send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + path))
                    .header("Cookie", cookies).header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString(create, StandardCharsets.UTF_8)));

            assertThat(forged.statusCode()).as(path + ": " + forged.body()).isBetween(400, 499);
            Refused.cleanly(forged);
            assertThat(ReturnDesk.as("analyst").withRef(spec)).as(path).isEmpty();
        }
    }

    private HttpResponse<String> graphql(String cookies, String contentType) {
        return send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + "/graphql"))
                .header("Cookie", cookies).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(OFFENCES, StandardCharsets.UTF_8)));
    }

    /** The three files as the multipart/form-data body a form with file inputs posts. */
    private static String multipart(String[] files) {
        var names = new String[] {"returns", "reports", "counts"};
        var body = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            body.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"").append(names[i])
                    .append("\"; filename=\"").append(names[i]).append(".csv\"\r\nContent-Type: text/csv\r\n\r\n")
                    .append(files[i]).append("\r\n");
        }
        return body.append("--").append(BOUNDARY).append("--\r\n").toString();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
