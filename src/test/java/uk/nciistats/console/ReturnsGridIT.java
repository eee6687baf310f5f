package uk.nciistats.console;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import uk.nciistats.support.ReturnDesk;
import uk.nciistats.support.ReturnSpec;
import uk.nciistats.support.TestServer;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The returns grid and the workflow at 1280×800, as data-entry staff use them: search, filters and
 * the row count, sorting, the returns to verify, bulk changes with their confirmations, and the
 * four-eyes rule and the publish confirmation on a return's page. Each test has a year and a
 * reference stem of its own and searches for it, so other tests' returns never get in the way.
 */
class ReturnsGridIT extends BrowserTest {
    private static final String KENT = "E23000032";      // South East
    private static final String CUMBRIA = "E23000002";   // North West
    private static final String ESSEX = "E23000028";     // East of England
    private static final String LAST_CHANGER = "You made the last change; another editor verifies it.";

    private final ReturnDesk editor = ReturnDesk.as("editor");
    private final ReturnDesk editor2 = ReturnDesk.as("editor2");
    private final ReturnDesk admin = ReturnDesk.as("admin");
    private final int year = TestServer.freshYear();
    private final String stem = TestServer.uniqueRef("GRID");

    @Test
    void theGridFitsA1280By800ScreenWithNewReturnAndEveryColumnInSight() {
        asAt1280("editor").go("returns").waitFor(b -> b.textOf("row-count").endsWith("returns"));

        assertThat(browser.onScreen("new-return")).as("New return on screen").isTrue();
        assertThat(browser.onScreen("filter-text")).isTrue();
        assertThat(browser.onScreen("filter-granularity")).isTrue();
        assertThat(browser.onScreen("bulk-delete")).isTrue();
        assertThat(browser.fitsWidth("returns-grid")).as("no sideways scrolling, every column shown").isTrue();
    }

    @Test
    void theSearchBoxAndEachFilterNarrowTheRowsAndTheCount() {
        create(editor, "a", KENT, 1, "AGGREGATE");
        create(editor, "b", CUMBRIA, 2, "RECORDS");
        editor2.setStatus(create(editor, "c", ESSEX, 3, "AGGREGATE"), "VERIFIED");
        asAt1280("editor").go("returns");

        search(stem).waitFor(b -> count(b, "3 returns"));
        search(stem + " beta").waitFor(b -> count(b, "1 return") && refs(b).equals(List.of(ref("b"))));
        browser.fill("filter-from", year + "-01-01").fill("filter-to", year + "-12-31");
        search("Cumbria").waitFor(b -> count(b, "1 return") && refs(b).equals(List.of(ref("b"))));

        filteredBy("filter-force", "Kent").waitFor(b -> count(b, "1 return") && refs(b).equals(List.of(ref("a"))));
        filteredBy("filter-region", "North West").waitFor(b -> count(b, "1 return") && refs(b).equals(List.of(ref("b"))));
        filteredBy("filter-offence", "CJCA2015-S33").waitFor(b -> count(b, "0 returns"));
        filteredBy("filter-offence", "SOA2003-S66B").waitFor(b -> count(b, "3 returns"));
        filteredBy("filter-status", "VERIFIED").waitFor(b -> count(b, "1 return") && refs(b).equals(List.of(ref("c"))));
        filteredBy("filter-granularity", "RECORDS").waitFor(b -> count(b, "1 return") && refs(b).equals(List.of(ref("b"))));
        browser.click("clear-filters").fill("filter-text", stem).fill("filter-from", year + "-02-01")
                .fill("filter-to", year + "-02-28")
                .waitFor(b -> count(b, "1 return") && refs(b).equals(List.of(ref("b"))));
    }

    @Test
    void aClickOnAColumnHeaderSortsTheRowsAndASecondClickReversesThem() {
        create(editor, "b", KENT, 1, "AGGREGATE");
        create(editor, "c", CUMBRIA, 2, "AGGREGATE");
        create(editor, "a", ESSEX, 3, "AGGREGATE");
        asAt1280("editor").go("returns");

        search(stem).waitFor(b -> refs(b).equals(List.of(ref("a"), ref("c"), ref("b"))));  // newest first
        browser.sortBy("returns-grid", "Reference").waitFor(b -> refs(b).equals(List.of(ref("a"), ref("b"), ref("c"))));
        browser.sortBy("returns-grid", "Reference").waitFor(b -> refs(b).equals(List.of(ref("c"), ref("b"), ref("a"))));
        browser.sortBy("returns-grid", "Force")     // Cumbria, Essex, Kent
                .waitFor(b -> refs(b).equals(List.of(ref("c"), ref("a"), ref("b"))));
    }

    @Test
    void toVerifyListsAnotherEditorsDraftButNeitherMyOwnNorAVerifiedOne() {
        create(editor, "theirs", KENT, 1, "AGGREGATE");
        create(editor2, "mine", CUMBRIA, 2, "AGGREGATE");
        editor2.setStatus(create(editor, "verified", ESSEX, 3, "AGGREGATE"), "VERIFIED");
        asAt1280("editor2").go("returns");

        search(stem).waitFor(b -> count(b, "3 returns"));
        browser.click("view-to-verify").waitFor(b -> count(b, "1 return to verify"));

        assertThat(refs(browser)).containsExactly(ref("theirs"));
        assertThat(browser.shown("filter-status")).as("status filter hidden: every row is a DRAFT").isFalse();
        browser.go("returns?view=to-verify").fill("filter-text", stem)
                .waitFor(b -> count(b, "1 return to verify") && refs(b).equals(List.of(ref("theirs"))));
    }

    @Test
    void editor2VerifiesEditorsReturnsInBulkAfterAConfirmationNamingThemAndIsToldWhyTheirOwnIsNot() {
        var a = create(editor, "a", KENT, 1, "AGGREGATE");
        var b = create(editor, "b", CUMBRIA, 2, "RECORDS");
        var own = create(editor2, "own", ESSEX, 3, "AGGREGATE");
        asAt1280("editor2").go("returns");
        search(stem).waitFor(x -> count(x, "3 returns"));

        selectAll("a", "b", "own").click("bulk-verify");

        assertThat(browser.textOf("bulk-confirm-button")).isEqualTo("Verify 2 returns");
        assertThat(browser.textOf("bulk-confirm-text")).contains(ref("a"), ref("b"))
                .contains(ref("own") + ": you made the last change; another editor verifies it");
        browser.screenshot("bulk-verify-confirmation");
        browser.click("bulk-confirm-button").waitFor(x -> x.has("bulk-result-text"));
        assertThat(browser.textOf("bulk-result-text")).contains(ref("a") + ": verified", ref("b") + ": verified",
                ref("own") + ": not verified (you made the last change; another editor verifies it)");
        browser.click("bulk-result-close")
                .waitFor(x -> x.gridRows("returns-grid").stream().filter(r -> r.contains("VERIFIED")).count() == 2);
        assertThat(List.of(a, b, own)).extracting(r -> editor.reread(r).orElseThrow().getString("status"))
                .containsExactly("VERIFIED", "VERIFIED", "DRAFT");
    }

    @Test
    void anAdminPublishesVerifiedReturnsInBulkAfterAConfirmationNamingThem() {
        var a = editor2.setStatus(create(editor, "a", KENT, 1, "AGGREGATE"), "VERIFIED");
        var b = editor2.setStatus(create(editor, "b", CUMBRIA, 2, "AGGREGATE"), "VERIFIED");
        asAt1280("admin").go("returns");
        search(stem).waitFor(x -> count(x, "2 returns"));

        selectAll("a", "b").click("bulk-publish");

        assertThat(browser.textOf("bulk-confirm-button")).isEqualTo("Publish 2 returns");
        assertThat(browser.textOf("bulk-confirm-text")).contains(ref("a"), ref("b"));
        browser.click("bulk-confirm-button").waitFor(x -> x.has("bulk-result-text"));
        assertThat(browser.textOf("bulk-result-text")).contains(ref("a") + ": published", ref("b") + ": published");
        assertThat(List.of(a, b)).extracting(r -> editor.reread(r).orElseThrow().getString("status"))
                .containsOnly("PUBLISHED");
    }

    @Test
    void aBulkDeleteRemovesTheDraftAndSaysWhyThePublishedReturnStays() {
        var draft = create(editor, "draft", KENT, 1, "AGGREGATE");
        var published = admin.setStatus(editor2.setStatus(create(editor, "published", CUMBRIA, 2, "AGGREGATE"),
                "VERIFIED"), "PUBLISHED");
        asAt1280("editor").go("returns");
        search(stem).waitFor(x -> count(x, "2 returns"));

        selectAll("draft", "published").click("bulk-delete");

        assertThat(browser.textOf("bulk-confirm-button")).isEqualTo("Delete 1 return");
        assertThat(browser.textOf("bulk-confirm-text")).contains(ref("draft"))
                .contains(ref("published") + ": it is PUBLISHED: an ADMIN must set it back to DRAFT first");
        browser.click("bulk-confirm-button").waitFor(x -> x.has("bulk-result-text"));
        assertThat(browser.textOf("bulk-result-text")).contains(ref("draft") + ": deleted");
        browser.click("bulk-result-close").waitFor(x -> count(x, "1 return"));
        assertThat(editor.reread(draft)).isEmpty();
        assertThat(editor.reread(published)).isPresent();
    }

    @Test
    void verifyIsNotOfferedToTheEditorWhoMadeTheLastChangeWhoIsToldWhyInstead() {
        var r = create(editor, "a", KENT, 1, "AGGREGATE");
        var page = "returns/" + r.getString("id") + "/edit";

        asAt1280("editor").go(page);
        assertThat(browser.disabled("verify")).as("Verify disabled for the last changer").isTrue();
        assertThat(browser.textOf("verify-reason")).isEqualTo(LAST_CHANGER);
        assertThat(browser.onScreen("verify-reason")).isTrue();
        browser.click("sign-out").waitFor(b -> b.has("sign-in"));

        browser.signIn("editor2", TestServer.demoPassword()).go(page);
        assertThat(browser.disabled("verify")).isFalse();
        assertThat(browser.shown("verify-reason")).isFalse();
        browser.click("verify").waitFor(b -> b.textOf("return-state").startsWith("VERIFIED"));
        assertThat(editor.reread(r).orElseThrow().getString("status")).isEqualTo("VERIFIED");
    }

    @Test
    void publishAsksForConfirmationNamingTheReturnAndCancelPublishesNothing() {
        var r = editor2.setStatus(create(editor, "a", KENT, 1, "AGGREGATE"), "VERIFIED");
        asAt1280("admin").go("returns/" + r.getString("id") + "/edit");

        browser.click("publish");
        assertThat(browser.textOf("confirm-publish-button")).isEqualTo("Publish " + ref("a"));
        browser.screenshot("publish-confirmation");
        browser.click("cancel-publish");
        assertThat(editor.reread(r).orElseThrow().getString("status")).isEqualTo("VERIFIED");

        browser.click("publish").click("confirm-publish-button")
                .waitFor(b -> b.textOf("return-state").startsWith("PUBLISHED"));
        assertThat(editor.reread(r).orElseThrow().getString("status")).isEqualTo("PUBLISHED");
    }

    @Test
    void theKeyboardAloneSearchesFiltersMovesThroughTheRowsTicksTwoVerifiesThemAndOpensAReturn() {
        var a = create(editor, "a", KENT, 1, "AGGREGATE");
        create(editor, "b", CUMBRIA, 2, "RECORDS");
        var c = create(editor, "c", ESSEX, 3, "AGGREGATE");
        asAt1280("editor2").go("returns").waitFor(b -> b.textOf("row-count").endsWith("returns"));
        browser.script("document.activeElement.blur()");

        tabTo("filter-text").press(stem).waitFor(b -> count(b, "3 returns"));
        tabTo("filter-granularity").press("AGG").press(Keys.ARROW_DOWN).press(Keys.ENTER)   // ↓ picks the match
                .waitFor(b -> count(b, "2 returns"));
        tabTo("returns-grid").press(Keys.TAB);     // the header row, then the rows
        assertThat(browser.focusedGridRow("returns-grid")).contains(ref("c"));    // newest first
        browser.press(Keys.SPACE).press(Keys.ARROW_DOWN);
        assertThat(browser.focusedGridRow("returns-grid")).contains(ref("a"));
        browser.press(Keys.SPACE).waitFor(b -> b.textOf("selected-count").equals("2 returns selected"));

        while (!browser.focusedId().equals("bulk-verify")) {
            var before = browser.focusedId();
            browser.shiftTab();
            assertThat(browser.focusedId()).as("Shift+Tab from " + before).isNotEqualTo("filter-text");
        }
        browser.press(Keys.ENTER).waitFor(b -> b.has("bulk-confirm-text"));
        assertThat(browser.focusedId()).as("the confirmation offers its button first").isEqualTo("bulk-confirm-button");
        browser.press(Keys.ENTER).waitFor(b -> b.has("bulk-result-text"));
        assertThat(browser.textOf("bulk-result-text")).contains(ref("a") + ": verified", ref("c") + ": verified");
        browser.press(Keys.ENTER).waitFor(b -> !b.has("bulk-result-text"));
        assertThat(List.of(a, c)).extracting(r -> editor.reread(r).orElseThrow().getString("status"))
                .containsOnly("VERIFIED");

        tabTo("returns-grid").press(Keys.TAB, Keys.ARROW_RIGHT);
        var row = browser.focusedGridRow("returns-grid");
        var chosen = row.contains(ref("a")) ? ref("a") : ref("c");
        assertThat(row).as("one of the two rows").contains(chosen);
        browser.press(Keys.ENTER).press(Keys.ENTER)   // the first Enter is into the cell's link, the second follows it
                .waitFor(b -> b.title().equals(chosen + " · Return · NCII Stats"));
        assertThat(browser.textOf("return-state")).startsWith("VERIFIED");
    }

    // --- steps ---

    /** Presses Tab until the keyboard is on the element with this id (at most 40 times), as a person without a mouse would. */
    private ConsoleBrowser tabTo(String id) {
        for (int i = 0; i < 40 && !browser.focusedId().equals(id); i++) {
            browser.press(Keys.TAB);
        }
        assertThat(browser.focusedId()).as("Tab reaches " + id).isEqualTo(id);
        return browser;
    }

    private ConsoleBrowser asAt1280(String user) {
        return browser.viewport(1280, 800).signIn(user, TestServer.demoPassword());
    }

    private ConsoleBrowser search(String text) {
        return browser.fill("filter-text", text);
    }

    /** Clears the search and every filter, searches this test's returns again, then sets one filter. */
    private ConsoleBrowser filteredBy(String filter, String label) {
        browser.click("clear-filters").fill("filter-text", stem).waitFor(b -> b.textOf("row-count").endsWith("returns"));
        return browser.choose(filter, label);
    }

    private JsonObject create(ReturnDesk desk, String suffix, String force, int month, String granularity) {
        var first = LocalDate.of(year, month, 1);
        return desk.create(new ReturnSpec(ref(suffix), force, null, first, first.withDayOfMonth(first.lengthOfMonth()),
                granularity, "FOI " + stem + " " + (suffix.equals("b") ? "beta" : "alpha")));
    }

    private ConsoleBrowser selectAll(String... suffixes) {
        for (var suffix : suffixes) {
            browser.selectRow("returns-grid", ref(suffix));
        }
        return browser;
    }

    private String ref(String suffix) {
        return stem + "-" + suffix;
    }

    private static boolean count(ConsoleBrowser b, String text) {
        return b.textOf("row-count").equals(text);
    }

    /** This test's references in the order the grid shows them. */
    private List<String> refs(ConsoleBrowser b) {
        var pattern = Pattern.compile(Pattern.quote(stem) + "-[a-z]+");
        return b.gridRows("returns-grid").stream().map(pattern::matcher).filter(java.util.regex.Matcher::find)
                .map(java.util.regex.Matcher::group).toList();
    }
}
