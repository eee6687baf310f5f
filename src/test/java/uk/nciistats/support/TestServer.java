package uk.nciistats.support;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Where the integration-test server runs (set by failsafe from pom.xml). */
public final class TestServer {
    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(2030);

    private TestServer() {
    }

    public static String baseUrl() {
        return System.getProperty("ncii.base.url", "http://localhost:9081");
    }

    public static String demoPassword() {
        return System.getProperty("ncii.demo.password", "it-demo-password");
    }

    /**
     * A calendar year no other test of this run uses: returns of one force and offence must not
     * overlap, and each build starts on an empty database.
     */
    public static int freshYear() {
        return NEXT_YEAR.getAndIncrement();
    }

    /** A return reference no other test run uses. */
    public static String uniqueRef(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
