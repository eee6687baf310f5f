package uk.nciistats.console;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import uk.nciistats.support.ReturnDesk;
import uk.nciistats.support.ReturnSpec;
import uk.nciistats.support.TestServer;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The README's pictures of the returns grid, taken at 1280×800 from a server with the demonstration
 * data. Runs only when asked, against a server started by hand:
 * <pre>
 * NCII_HTTP_PORT=9691 NCII_DEMO_PASSWORD=demo NCII_DEMO_DATA=true mvn liberty:run
 * mvn test-compile surefire:test -Dtest=ReturnsScreenshots -Dncii.screenshots=docs/screenshots \
 *     -Dncii.base.url=http://localhost:9691 -Dncii.demo.password=demo
 * </pre>
 */
@EnabledIfSystemProperty(named = "ncii.screenshots", matches = ".+")
class ReturnsScreenshots {
    private final Path dir = Path.of(System.getProperty("ncii.screenshots", "docs/screenshots"));

    @Test
    void photographTheReturnsGridTheReturnsToVerifyAndABulkConfirmation() {
        var editor = ReturnDesk.as("editor"); // on a second run these exist already, which is fine
        int year = LocalDate.now().getYear() + 5;
        editor.tryCreate(ReturnSpec.aggregate(year).withRef("KENT-" + year + "-Q1").withForce(ReturnSpec.KENT)
                .withPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 3, 31)).withSource("FOI " + year + "/0412"));
        editor.tryCreate(ReturnSpec.records(year).withRef("ESSEX-" + year + "-Q1").withForce("E23000028")
                .withPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 3, 31)).withSource("FOI " + year + "/1187"));
        var surrey = ReturnSpec.aggregate(year).withRef("SURREY-" + year + "-Q1")
                .withForce("E23000031").withPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 3, 31))
                .withSource("FOI " + year + "/77");
        ReturnDesk.as("editor2").tryCreate(surrey);
        try (var browser = ConsoleBrowser.open()) {
            browser.viewport(1280, 800).signIn("editor2", TestServer.demoPassword()).go("returns")
                    .waitFor(b -> b.textOf("row-count").endsWith("returns"));
            browser.screenshotTo(dir.resolve("returns-grid.png"));

            browser.click("view-to-verify").waitFor(b -> b.textOf("row-count").endsWith("to verify"));
            browser.screenshotTo(dir.resolve("returns-to-verify.png"));

            browser.click("view-all").fill("filter-text", "-" + year + "-Q1")
                    .waitFor(b -> b.textOf("row-count").equals("3 returns"))
                    .selectRow("returns-grid", "KENT-" + year).selectRow("returns-grid", "ESSEX-" + year)
                    .selectRow("returns-grid", "SURREY-" + year).click("bulk-verify")
                    .waitFor(b -> b.has("bulk-confirm-text"));
            browser.screenshotTo(dir.resolve("returns-bulk-verify-confirmation.png"));

            browser.go("returns/" + editor.withRef(surrey).orElseThrow().getString("id") + "/edit")
                    .waitFor(b -> b.has("verify-reason"));
            browser.screenshotTo(dir.resolve("return-verify-not-offered.png"));
        }
    }
}
