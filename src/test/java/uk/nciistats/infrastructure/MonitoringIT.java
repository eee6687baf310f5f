package uk.nciistats.infrastructure;

import org.junit.jupiter.api.Test;
import uk.nciistats.support.TestServer;
import uk.nciistats.support.TrustingHttps;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class MonitoringIT {

    @Test
    void healthAnswersWithoutSignInAndReportsTheDatabase() throws Exception {
        var client = HttpClient.newHttpClient();
        var ready = client.send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + "/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        var live = client.send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + "/health/live")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\":\"UP\"").contains("database").contains("EMBEDDED");
        assertThat(live.statusCode()).isEqualTo(200);
    }

    @Test
    void metricsNeedTheMetricsAccountAndNothingElse() throws Exception {
        var client = HttpClient.newBuilder().sslContext(TrustingHttps.context()).build();
        var metrics = URI.create(System.getProperty("ncii.https.url", "https://localhost:9444") + "/metrics");

        var anonymous = client.send(HttpRequest.newBuilder(metrics).build(), HttpResponse.BodyHandlers.ofString());
        var editor = client.send(HttpRequest.newBuilder(metrics).header("Authorization", basic("editor", TestServer.demoPassword()))
                .build(), HttpResponse.BodyHandlers.ofString());
        var account = client.send(HttpRequest.newBuilder(metrics)
                .header("Authorization", basic("metrics", System.getProperty("ncii.metrics.password", "it-metrics-password")))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(editor.statusCode()).isEqualTo(401);
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains("jvm_uptime");
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
