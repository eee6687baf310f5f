package uk.nciistats.console;

import org.junit.jupiter.api.Test;
import uk.nciistats.support.TrustingHttps;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's session cookie, as the server sends it over HTTPS: a browser must never send it back
 * over plain HTTP, where anyone on the network could read it and act as the signed-in user.
 */
class SessionCookieIT {

    @Test
    void overHttpsTheSessionCookieIsSecureHttpOnlyAndSameSiteLax() throws Exception {
        var client = HttpClient.newBuilder().sslContext(TrustingHttps.context())
                .connectTimeout(Duration.ofSeconds(10)).build();
        var login = URI.create(System.getProperty("ncii.https.url", "https://localhost:9444") + "/login");

        var response = client.send(HttpRequest.newBuilder(login).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        var cookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
        var attributes = Arrays.stream(cookie.split(";")).skip(1).map(a -> a.trim().toLowerCase(Locale.ROOT)).toList();
        assertThat(attributes).as(cookie).contains("secure", "httponly", "samesite=lax");
    }
}
