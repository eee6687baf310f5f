package uk.nciistats.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One of the Liberty servers the build created (target/liberty/wlp, failsafe passes where), driven
 * through its own {@code bin/server} script as an operator would: start, stop, status, and waiting
 * until {@code /health/ready} answers UP. Every failure says what the script or the server's log said.
 */
public final class LibertyServer {
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(4);
    private final Path wlp;
    private final String name;
    private final int httpPort;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public LibertyServer(Path wlp, String name, int httpPort) {
        this.wlp = wlp;
        this.name = name;
        this.httpPort = httpPort;
    }

    /** The server all HTTP integration tests share (started by the build, ncii-it). */
    public static LibertyServer integrationTestServer() {
        return new LibertyServer(wlpDir(), System.getProperty("ncii.it.server", "ncii-it"),
                URI.create(TestServer.baseUrl()).getPort());
    }

    /** The server for the PostgreSQL run (created by the build, started by PostgresIT, ncii-pg). */
    public static LibertyServer postgresServer() {
        return new LibertyServer(wlpDir(), System.getProperty("ncii.pg.server", "ncii-pg"),
                Integer.getInteger("ncii.pg.http.port", 9082));
    }

    private static Path wlpDir() {
        return Path.of(System.getProperty("ncii.wlp.dir", "target/liberty/wlp"));
    }

    public String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    public String name() {
        return name;
    }

    /** Starts the server with {@code environment} added to this process's own environment. */
    public void start(Map<String, String> environment) {
        var result = run(List.of("start", name), environment);
        if (result.exitCode() != 0) {
            throw new AssertionError("'server start " + name + "' failed (exit " + result.exitCode() + "):\n"
                    + result.output() + "\nmessages.log ends:\n" + logTail(40));
        }
    }

    public void start() {
        start(Map.of());
    }

    /** Stops the server and waits until it has stopped. */
    public void stop() {
        var result = run(List.of("stop", name), Map.of());
        // 1: it was not running
        if (result.exitCode() != 0 && result.exitCode() != 1) {
            throw new AssertionError("'server stop " + name + "' failed (exit " + result.exitCode() + "):\n"
                    + result.output());
        }
        if (running()) {
            throw new AssertionError("'server stop " + name + "' returned but the server still runs:\n" + result.output());
        }
    }

    public boolean running() {
        return run(List.of("status", name), Map.of()).exitCode() == 0;
    }

    /**
     * Waits until {@code /health/ready} answers 200 and UP: the application has started and its
     * database is migrated. Fails at once when the server process has gone.
     */
    public void awaitReady(Duration timeout) {
        var deadline = Instant.now().plus(timeout);
        var request = HttpRequest.newBuilder(URI.create(baseUrl() + "/health/ready")).timeout(Duration.ofSeconds(10)).build();
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            try {
                var response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
                last = "HTTP " + response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.toString();
                if (!running()) {
                    throw new AssertionError("server " + name + " stopped while starting; messages.log ends:\n" + logTail(60));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + name, e);
            }
            pause(Duration.ofMillis(500));
        }
        throw new AssertionError("server " + name + " was not ready within " + timeout.toSeconds() + " s at "
                + baseUrl() + "/health/ready (last: " + last + "); messages.log ends:\n" + logTail(60));
    }

    /** The last lines of the server's messages.log, for failure messages. */
    public String logTail(int lines) {
        var log = wlp.resolve("usr/servers").resolve(name).resolve("logs/messages.log");
        try {
            var all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no " + log + ": " + e + ")";
        }
    }

    private record Result(int exitCode, String output) {
    }

    private Result run(List<String> arguments, Map<String, String> environment) {
        Path output = null;
        try {
            output = Files.createTempFile("liberty-" + name + "-", ".log");
            var command = new java.util.ArrayList<String>();
            command.add(wlp.resolve("bin/server").toString());
            command.addAll(arguments);
            var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
            var env = new HashMap<>(environment);
            env.putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().putAll(env);
            var process = builder.start();
            if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("'server " + String.join(" ", arguments) + "' did not finish within "
                        + COMMAND_TIMEOUT.toMinutes() + " minutes:\n" + Files.readString(output));
            }
            return new Result(process.exitValue(), Files.readString(output));
        } catch (IOException e) {
            throw new AssertionError("cannot run " + wlp.resolve("bin/server") + " " + arguments, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted running 'server " + arguments + "'", e);
        } finally {
            if (output != null) {
                try {
                    Files.deleteIfExists(output);
                } catch (IOException ignored) {
                    // a temporary file; the system cleans it up
                }
            }
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
