package uk.nciistats.console;

import org.junit.jupiter.api.Test;
import uk.nciistats.console.layout.IsoDatePicker;
import uk.nciistats.support.HttpGet;
import uk.nciistats.support.ReturnDesk;
import uk.nciistats.support.ReturnSpec;
import uk.nciistats.support.TestServer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

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

    @Test
    void everyScreenHasATitleAndOneHeadingThatNameItAndTheTabShowsTheConsolesIcon() throws Exception {
        var r = ReturnDesk.as("editor").create(ReturnSpec.aggregate(TestServer.freshYear()));
        var ref = r.getString("ref");
        browser.go("login");
        assertThat(browser.title()).isEqualTo("Sign in · NCII Stats");
        assertThat(browser.visibleHeadings()).containsExactly("Sign in to NCII Stats");
        assertIconsServed();

        browser.signIn("admin", TestServer.demoPassword());
        for (var screen : List.of(List.of("", "Dashboard"), List.of("forces", "Forces"), List.of("returns", "Returns"),
                List.of("returns/new", "New return"), List.of("import", "Import a spreadsheet"),
                List.of("admin/users", "Users"), List.of("admin/audit", "Audit log"),
                List.of("no/such/page", "Nothing to show here"),
                List.of("returns/99999999999999999999/edit", "Nothing to show here"))) {
            browser.go(screen.get(0)).waitFor(b -> b.title().equals(screen.get(1) + " · NCII Stats"));
            assertThat(browser.visibleHeadings()).as(screen.get(0)).containsExactly(screen.get(1));
        }
        browser.go("returns/" + r.getString("id") + "/edit").waitFor(b -> b.title().equals(ref + " · Return · NCII Stats"));
        assertThat(browser.visibleHeadings()).containsExactly("Return " + ref);
        assertIconsServed();

        var renamed = TestServer.uniqueRef("renamed");
        browser.click("tab-details").type("ref", renamed).click("save")
                .waitFor(b -> b.title().equals(renamed + " · Return · NCII Stats"));
        assertThat(browser.visibleHeadings()).containsExactly("Return " + renamed);
    }

    @Test
    void everyDateFieldSaysInWordsWhichFormatsItReadsAndCountsAndAgesSayWhatTheyTake() {
        int year = TestServer.freshYear();
        var desk = ReturnDesk.as("editor");
        var records = desk.create(ReturnSpec.records(year));
        var aggregate = desk.create(ReturnSpec.aggregate(TestServer.freshYear()));
        browser.signIn("admin", TestServer.demoPassword());

        for (var screen : List.of(List.of("returns/new", "period-start", "period-end", "received-on"),
                List.of("returns", "filter-from", "filter-to"), List.of("", "filter-from", "filter-to"),
                List.of("admin/audit", "audit-from", "audit-to"),
                List.of("import", "period-start", "period-end", "received-on"),
                List.of("returns/" + records.getString("id") + "/edit", "report-date"))) {
            browser.go(screen.get(0));
            for (var field : screen.subList(1, screen.size())) {
                for (var typed : List.of("1st Jan 2017", "2017-13-45", "31/02/2017")) {
                    browser.type(field, typed);
                    assertThat(browser.fieldError(field)).as(screen.get(0) + " " + field + " '" + typed + "'")
                            .isEqualTo(IsoDatePicker.BAD_DATE);
                }
                browser.type(field, year + "-02-01");
                assertThat(browser.fieldError(field)).as(screen.get(0) + " " + field).isEmpty();
            }
        }

        browser.type("report-age", "130");
        assertThat(browser.fieldError("report-age")).isEqualTo("an age is at most 120");
        browser.type("filter-age-from", "4-2");
        assertThat(browser.fieldError("filter-age-from")).isEqualTo("an age is a whole number of years, e.g. 15");
        browser.go("returns/" + aggregate.getString("id") + "/edit").type("count-OUTCOME-CHARGED", "4-2");
        assertThat(browser.fieldError("count-OUTCOME-CHARGED"))
                .isEqualTo("type a whole number of reports, e.g. 12, or leave it empty when not published");
        browser.type("count-TOTAL", "4-2");
        assertThat(browser.fieldError("count-TOTAL"))
                .isEqualTo("type the number of reports the force gave in all, a whole number, e.g. 42");
        browser.type("count-OUTCOME-CHARGED", "-3");
        assertThat(browser.fieldError("count-OUTCOME-CHARGED")).isEqualTo("a count must be a whole number of at least 0");
    }

    @Test
    void aReferenceThatExistsIsRefusedBesideTheFieldInWordsAndNothingIsStored() {
        var taken = ReturnDesk.as("editor").create(ReturnSpec.aggregate(TestServer.freshYear())).getString("ref");
        int year = TestServer.freshYear();

        browser.signIn("editor", TestServer.demoPassword()).go("returns/new")
                .fill("ref", taken).choose("force", "Essex")
                .fill("period-start", year + "-01-01").fill("period-end", year + "-12-31")
                .fill("source", "FOI copy").click("save");

        assertThat(browser.fieldError("ref"))
                .startsWith("a return with reference '" + taken + "' is stored already (E23000032, ")
                .endsWith("): references are unique");
        assertThat(browser.title()).isEqualTo("New return · NCII Stats");
        assertThat(ReturnDesk.as("editor").withRef(ReturnSpec.aggregate(year).withRef(taken))).isEmpty();
    }

    /** Each icon the page names is served, before and after signing in, as the picture its link says. */
    private void assertIconsServed() throws IOException, InterruptedException {
        @SuppressWarnings("unchecked")
        var icons = (List<List<String>>) browser.script("return [...document.querySelectorAll('link[rel=icon]')]"
                + ".map(l => [l.href, l.type || 'image/png'])");
        assertThat(icons).extracting(i -> i.get(1)).containsExactlyInAnyOrder("image/svg+xml", "image/png");
        for (var icon : icons) {
            var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(icon.get(0))).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(icon.get(0)).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(icon.get(0)).startsWith(icon.get(1));
        }
    }
}
