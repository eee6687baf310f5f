package uk.nciistats.dataimport.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The mappings that ship with the product, read-only (saving one under its name is refused; save a
 * copy under another name to change it), and the demonstration file the first of them reads.
 */
public final class BuiltInMappings {
    public static final String BBC_2015 = "BBC Data Unit 2015";
    public static final String BBC_2015_FILE = "revenge-porn-incidents-2015.csv";
    private static final Map<String, String> RESOURCES = Map.of(BBC_2015, "/mappings/bbc-data-unit-2015.json");

    private BuiltInMappings() {
    }

    public static List<Mapping> all() {
        return RESOURCES.keySet().stream().sorted().map(name -> named(name).orElseThrow()).toList();
    }

    public static Optional<Mapping> named(String name) {
        var resource = RESOURCES.get(name);
        return resource == null ? Optional.empty() : Optional.of(MappingJson.read(text(resource)));
    }

    public static boolean isBuiltIn(String name) {
        return name != null && RESOURCES.containsKey(name.strip());
    }

    /** The BBC Data Unit's raw 2015 file, byte for byte as the BBC published it. */
    public static byte[] bbcDemoFile() {
        return bytes("/demo/bbc-2016/" + BBC_2015_FILE);
    }

    private static String text(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = BuiltInMappings.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
