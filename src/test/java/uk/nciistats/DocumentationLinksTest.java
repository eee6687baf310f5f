package uk.nciistats;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** README.md and docs/*.md: every relative link resolves, and none leaves the repository. */
class DocumentationLinksTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*]\\(([^)\\s]+)\\)");
    private static final Pattern URL = Pattern.compile("https?://[^\\s)`'\"<>]+");
    /** The server's own addresses, as the docs write them: on this machine or on HOST. */
    private static final Pattern OWN_SERVER = Pattern.compile("https?://(localhost|127\\.0\\.0\\.1|HOST|…)[:/].*");
    private static final Pattern FENCE = Pattern.compile("```.*?```", Pattern.DOTALL);
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*)$", Pattern.MULTILINE);

    @Test
    void everyRelativeLinkOfTheReadmeAndTheDocsResolvesHeadingsIncluded() {
        var broken = new ArrayList<String>();
        for (var file : pages()) {
            var matcher = LINK.matcher(outsideCode(read(file)));
            while (matcher.find()) {
                var target = matcher.group(1);
                if (target.matches("[a-z]+:.*")) {
                    continue;
                }
                var hash = target.indexOf('#');
                var path = hash < 0 ? target : target.substring(0, hash);
                var destination = path.isEmpty() ? file : file.getParent().resolve(path).normalize();
                if (!Files.exists(destination)) {
                    broken.add(ROOT.relativize(file) + ": " + target + " (no such file)");
                } else if (hash >= 0 && destination.toString().endsWith(".md")
                        && !anchors(destination).contains(target.substring(hash + 1))) {
                    broken.add(ROOT.relativize(file) + ": " + target + " (no such heading)");
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void noLinkOrAddressLeavesTheRepositoryButTheServersOwn() {
        var outside = new ArrayList<String>();
        for (var file : pages()) {
            var matcher = URL.matcher(read(file));
            while (matcher.find()) {
                if (!OWN_SERVER.matcher(matcher.group()).matches()) {
                    outside.add(ROOT.relativize(file) + ": " + matcher.group());
                }
            }
        }
        assertThat(outside).isEmpty();
    }

    private static List<Path> pages() {
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            var pages = new ArrayList<Path>();
            pages.add(ROOT.resolve("README.md"));
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
            assertThat(pages).hasSizeGreaterThan(5);
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces as '-'. */
    private static Set<String> anchors(Path page) {
        var anchors = new HashSet<String>();
        var matcher = HEADING.matcher(outsideCode(read(page)));
        while (matcher.find()) {
            anchors.add(matcher.group(1).strip().toLowerCase(Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{N}_\\- ]", "").replace(' ', '-'));
        }
        return anchors;
    }

    private static String outsideCode(String markdown) {
        return FENCE.matcher(markdown).replaceAll("");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
