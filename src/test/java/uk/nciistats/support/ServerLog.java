package uk.nciistats.support;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The integration-test server's log files (messages.log and console.log), read from a mark on: what
 * the server wrote while a test sent its requests. A file that rolled over since is read whole.
 */
public final class ServerLog {
    private static final List<String> FILES = List.of("messages.log", "console.log");
    private final Path directory;
    private final Map<String, Long> marks = new LinkedHashMap<>();

    private ServerLog(Path directory) {
        this.directory = directory;
        for (var file : FILES) {
            marks.put(file, size(directory.resolve(file)));
        }
    }

    /** Marks where the server's logs end now. */
    public static ServerLog markNow() {
        return new ServerLog(directory());
    }

    /** Every line of messages.log and console.log written since the mark. */
    public List<String> linesSinceMark() {
        var lines = new ArrayList<String>();
        marks.forEach((file, mark) -> lines.addAll(linesFrom(directory.resolve(file), mark)));
        return lines;
    }

    /** Every line of every messages log the server kept (the current one and those rolled over). */
    public static List<String> allMessages() {
        try (Stream<Path> files = Files.list(directory())) {
            return files.filter(f -> f.getFileName().toString().startsWith("messages")).sorted()
                    .flatMap(f -> linesFrom(f, 0).stream()).toList();
        } catch (IOException e) {
            throw new AssertionError("cannot list " + directory(), e);
        }
    }

    private static Path directory() {
        return Path.of(System.getProperty("ncii.wlp.dir", "target/liberty/wlp"), "usr/servers",
                System.getProperty("ncii.it.server", "ncii-it"), "logs");
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            throw new AssertionError("cannot read the size of " + file, e);
        }
    }

    private static List<String> linesFrom(Path file, long mark) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try (var in = new RandomAccessFile(file.toFile(), "r")) {
            long from = in.length() < mark ? 0 : mark;
            var bytes = new byte[(int) (in.length() - from)];
            in.seek(from);
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }
}
