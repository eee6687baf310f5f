package uk.nciistats.console;

import org.junit.jupiter.api.Test;
import uk.nciistats.support.HttpGet;
import uk.nciistats.support.ReturnDesk;
import uk.nciistats.support.ReturnSpec;
import uk.nciistats.support.TestServer;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nciistats.support.TestServer.uniqueRef;

/** The admin console in a real browser against the integration-test server. */
class ConsoleIT extends BrowserTest {
    @Test
    void anEditorCreatesAReturnIsToldBesideTheFieldWhatIsWrongFindsItInTheGridAndSignsOut() {
        int year = TestServer.freshYear();
        var ref = uniqueRef("console");
        browser.signIn("editor", TestServer.demoPassword());
        assertThat(browser.textOf("signed-in-user")).contains("editor").contains("EDITOR");

        browser.go("returns").click("new-return")
                .fill("ref", ref)
                .choose("force", "Kent")
                .fill("period-start", year + "-01-01")
                .fill("period-end", (year - 1) + "-12-31")
                .fill("source", "FOI request " + ref)
                .click("save");
        assertThat(browser.fieldError("period-end")).contains("before it starts");

        browser.fill("period-end", year + "-12-31").click("save")
                .waitFor(b -> b.has("return-tabs") && b.textOf("return-state").contains("entered by editor"))
                .go("returns")
                .fill("filter-from", year + "-01-01")
                .fill("filter-to", year + "-12-31")
                .waitFor(b -> b.gridText("returns-grid").contains(ref));
        assertThat(browser.gridText("returns-grid")).contains("Kent", "SOA2003-S66B", "DRAFT", "editor");

        browser.click("sign-out").waitFor(b -> b.has("sign-in"));
        browser.go("returns");
        assertThat(browser.has("sign-in")).isTrue();
        assertThat(browser.has("returns-grid")).isFalse();
    }

    @Test
    void anAnalystDownloadsTheReturnsTheGridShowsAsCsv() {
        int year = TestServer.freshYear();
        var created = ReturnDesk.as("editor").create(ReturnSpec.aggregate(year).withSource("FOI 2016/0412, \"urgent\""));
        browser.signIn("analyst", TestServer.demoPassword()).go("returns")
                .fill("filter-from", year + "-01-01")
                .fill("filter-to", year + "-12-31")
                .waitFor(b -> b.gridText("returns-grid").contains(created.getString("ref")));

        var download = browser.download("download-returns");

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).contains("ncii-returns.csv");
        var rows = HttpGet.csv(download.body());
        assertThat(rows.get(0)).startsWith("id", "ref", "force_code", "force_name");
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(1) + " " + r.get(8))
                .containsExactly(created.getString("ref") + " FOI 2016/0412, \"urgent\"");
    }

    @Test
    void anEmptyReferenceIsShownBesideTheFieldBeforeAnythingIsSent() {
        browser.signIn("editor", TestServer.demoPassword()).go("returns/new").click("save");

        assertThat(browser.fieldError("ref")).contains("needs a reference");
        assertThat(browser.has("returns-grid")).isFalse();
    }

    @Test
    void aViewerSeesNoReturnsEditorNeitherInTheNavigationNorAtItsAddress() {
        browser.signIn("viewer", TestServer.demoPassword());
        assertThat(browser.has("nav-forces")).isTrue();
        assertThat(browser.has("nav-returns-new")).isFalse();
        assertThat(browser.has("nav-returns")).isFalse();

        browser.go("returns/new");

        assertThat(browser.has("ref")).isFalse();
        assertThat(browser.has("save")).isFalse();
        assertThat(browser.pageText()).contains("your role may not open it").doesNotContain("New return");
    }

    @Test
    void aWrongPasswordKeepsTheUserOnTheSignInPageWithAnError() {
        browser.go("login").submitSignIn("editor", "not-the-password");

        browser.waitFor(b -> b.byId("sign-in").getDomAttribute("error") != null);
        assertThat(browser.has("signed-in-user")).isFalse();
    }
}
