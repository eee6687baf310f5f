package uk.nciistats.support;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import uk.nciistats.security.ActingCaller;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The application's services, entities and migrations on the embedded database, without its
 * GraphQL API and console: what in-container tests deploy. Classes and resources come from the
 * build's own output, so the tests run what the war ships; the services act for {@link ActingCaller}.
 */
public final class InContainerDeployment {
    private static final String[] PACKAGES = {"uk.nciistats.infrastructure", "uk.nciistats.errors", "uk.nciistats.security",
            "uk.nciistats.reference", "uk.nciistats.audit", "uk.nciistats.returns"};
    /** Flyway and what it needs at run time, taken from the built war's libraries. */
    private static final String[] LIBRARIES = {"flyway-", "commons-text-", "commons-lang3-", "jackson-"};

    private InContainerDeployment() {
    }

    public static WebArchive servicesOnTheEmbeddedDatabase(String name) {
        var classes = Path.of(System.getProperty("ncii.classes.dir", "target/classes"));
        var libraries = Path.of(System.getProperty("ncii.war.dir", "target/ncii-stats")).resolve("WEB-INF/lib");
        var war = ShrinkWrap.create(WebArchive.class, name + ".war")
                // only the application's own classes of these packages, not the tests beside them
                .addPackages(false, path -> Files.isRegularFile(classes.resolve(path.get().substring(1))), PACKAGES)
                .addClasses(ActingCaller.class, SqlRows.class, StoredRows.class)
                .addAsResource(classes.resolve("META-INF/persistence.xml").toFile(), "META-INF/persistence.xml")
                .addAsResource(classes.resolve("META-INF/microprofile-config.properties").toFile(),
                        "META-INF/microprofile-config.properties");
        for (var migration : list(classes.resolve("db/migration"))) {
            war.addAsResource(migration.toFile(), "db/migration/" + migration.getFileName());
        }
        for (var jar : list(libraries)) {
            var file = jar.getFileName().toString();
            if (Stream.of(LIBRARIES).anyMatch(file::startsWith)) {
                war.addAsLibrary(jar.toFile());
            }
        }
        return war;
    }

    private static java.util.List<Path> list(Path folder) {
        try (var files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("build the war first (mvn verify): " + folder, e);
        }
    }
}
