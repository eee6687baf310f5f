package uk.nciistats.support;

import jakarta.json.Json;
import jakarta.json.JsonStructure;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Plain HTTP GETs to the integration-test server as one demo account (or none). */
public final class HttpGet {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String user;
    private final String baseUrl;

    private HttpGet(String user, String baseUrl) {
        this.user = user;
        this.baseUrl = baseUrl;
    }

    public static HttpGet as(String user) {
        return new HttpGet(user, TestServer.baseUrl());
    }

    public static HttpGet anonymous() {
        return new HttpGet(null, TestServer.baseUrl());
    }

    /** The same account on another server (the PostgreSQL one). */
    public HttpGet on(String otherBaseUrl) {
        return new HttpGet(user, otherBaseUrl);
    }

    /**
     * GETs a path such as {@code /api/export/cohort.csv?groupBy=FORCE}, with these header names and
     * values; the body is read as UTF-8.
     */
    public HttpResponse<String> get(String pathAndQuery, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).timeout(Duration.ofSeconds(60));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + TestServer.demoPassword()).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new AssertionError("cannot reach " + baseUrl, e);
        }
    }

    public static JsonStructure json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).read();
    }

    /** The rows of an RFC 4180 CSV body (quoted fields, doubled quotes, CRLF rows), header first. */
    public static List<List<String>> csv(String body) {
        var rows = new ArrayList<List<String>>();
        var row = new ArrayList<String>();
        var field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            throw new AssertionError("the last row does not end with CRLF");
        }
        return rows;
    }
}
