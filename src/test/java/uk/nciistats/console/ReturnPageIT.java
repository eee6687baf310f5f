package uk.nciistats.console;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import uk.nciistats.support.ReturnDesk;
import uk.nciistats.support.ReturnSpec;
import uk.nciistats.support.TestServer;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A return's page in a real browser: counts, reports typed by keyboard, history and conflicts. */
class ReturnPageIT extends BrowserTest {
    private static final Path SCREENSHOTS = Path.of("docs/screenshots");
    private final ReturnDesk editor = ReturnDesk.as("editor");
    private final ReturnDesk editor2 = ReturnDesk.as("editor2");

    @Test
    void anEditorEntersKentsCountsAndABadCellIsRefusedWithTheCellMarkedAndNothingStored() {
        var r = editor.create(ReturnSpec.aggregate(TestServer.freshYear()));
        open(r).waitFor(b -> b.has("count-TOTAL"));

        browser.fill("count-TOTAL", "42").fill("age-band-0", "0-17").fill("age-count-0", "9")
                .fill("age-band-1", "18+").fill("age-count-1", "34");
        assertThat(browser.fieldError("age-count-1")).contains("the AGE cells add up to 43, more than the TOTAL of 42");
        browser.click("save-counts");
        assertThat(browser.contentOf("counts-problems")).contains("Not saved", "more than the TOTAL of 42");
        assertThat(browser.fieldError("age-count-0")).contains("add up to 43");
        browser.windowSize(1280, 800).click("count-OUTCOME-CHARGED").photograph(SCREENSHOTS.resolve("return-counts.png"));
        assertThat(stored(r).getJsonArray("counts")).isEmpty();

        browser.fill("age-count-1", "33").fill("count-OUTCOME-CHARGED", "5").fill("count-PLATFORM-SNAPCHAT", "30")
                .fill("count-PLATFORM-NONE", "12");
        assertThat(browser.fieldError("age-count-1")).isEmpty();
        browser.click("save-counts").waitFor(b -> b.contentOf("return-state").contains("version " + (r.getInt("version") + 1)));

        assertThat(stored(r).getJsonArray("counts").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("dimension") + " " + c.getString("category") + "=" + c.getInt("count"))
                .containsExactlyInAnyOrder("TOTAL =42", "AGE 0-17=9", "AGE 18+=33", "OUTCOME CHARGED=5",
                        "PLATFORM SNAPCHAT=30", "PLATFORM NONE=12");
    }

    @Test
    void saveCountsIsOnScreenAt1280By800WhereverTheEditorIsInTheCellsAndCoversNoneOfThem() {
        var r = editor.create(ReturnSpec.aggregate(TestServer.freshYear()));
        browser.viewport(1280, 800);
        open(r).waitFor(b -> b.has("count-TOTAL"));

        assertThat(browser.onScreen("save-counts")).as("Save counts on the first screen").isTrue();
        assertThat(browser.onScreen("undo-counts")).isTrue();
        for (var cell : new String[] {"count-TOTAL", "count-OUTCOME-CHARGED", "count-GENDER-UNKNOWN", "count-PLATFORM-NONE"}) {
            assertThat(browser.onTop(cell)).as(cell + " can be brought into view, uncovered").isTrue();
            assertThat(browser.onScreen("save-counts")).as("Save counts beside " + cell).isTrue();
        }

        browser.fill("count-PLATFORM-NONE", "7").fill("count-TOTAL", "7").click("save-counts")
                .waitFor(b -> b.contentOf("return-state").contains("version " + (r.getInt("version") + 1)));
        assertThat(stored(r).getJsonArray("counts").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("dimension") + " " + c.getString("category") + "=" + c.getInt("count"))
                .containsExactlyInAnyOrder("TOTAL =7", "PLATFORM NONE=7");
    }

    @Test
    void reportsTypedByKeyboardAloneAreSavedOneAfterAnotherAndEscapeCancelsOne() {
        int year = TestServer.freshYear();
        var r = editor.create(ReturnSpec.records(year));
        open(r).waitFor(b -> b.has("report-form"));

        // the date field has the focus: type, Tab to the next field, Enter saves and starts the next
        browser.keys(year + "-03-04", Keys.TAB + "", "15", Keys.TAB + "", "Female", Keys.ENTER + "", Keys.TAB + "",
                Keys.TAB + "", Keys.TAB + "", "Charged", Keys.ENTER + "", Keys.ENTER + "");
        browser.waitFor(b -> b.gridText("reports-grid").contains(year + "-03-04"));
        browser.keys(year + "-05-06", Keys.TAB + "", "34", Keys.TAB + "", Keys.TAB + "", Keys.TAB + "", "15",
                Keys.ENTER + "");
        browser.waitFor(b -> b.gridText("reports-grid").contains(year + "-05-06"));
        browser.keys(year + "-07-08", Keys.TAB + "", "99", Keys.ESCAPE + "");
        browser.windowSize(1280, 800).photograph(SCREENSHOTS.resolve("return-reports.png"));

        var grid = browser.gridText("reports-grid");
        assertThat(grid).contains("15", "Female", "Charged", "34", "No further action (HO 15)").doesNotContain(year + "-07-08");
        assertThat(stored(r).getInt("total")).isEqualTo(2);
        assertThat(browser.byId("report-age").getDomProperty("value")).isEmpty();
    }

    @Test
    void anEditorChangesOneReportAndDeletesAnother() {
        int year = TestServer.freshYear();
        var r = editor.create(ReturnSpec.records(year));
        editor.addReports(r, Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("victimAge", 16).add("outcome", "CAUTION"))
                .add(Json.createObjectBuilder().add("victimAge", 40).add("outcome", "OTHER")).build());
        open(r).waitFor(b -> b.gridText("reports-grid").contains("40"));

        browser.clickCss("vaadin-button[id^='change-report-']").waitFor(b -> b.textOf("report-form-title").startsWith("Change report"));
        browser.type("report-age", "17").click("save-report");
        browser.waitFor(b -> b.gridText("reports-grid").contains("17") && !b.gridText("reports-grid").contains("16"));
        browser.clickCss("vaadin-button[id^='delete-report-']").click("confirm-delete-reports");
        browser.waitFor(b -> !b.gridText("reports-grid").contains("Caution"));

        assertThat(browser.gridText("reports-grid")).contains("40", "Other");
        assertThat(stored(r).getInt("total")).isEqualTo(1);
    }

    @Test
    void theHistoryShowsWhoChangedWhatWithTheValuesBeforeAndAfter() {
        var r = editor.create(ReturnSpec.aggregate(TestServer.freshYear()));
        var changed = editor2.update(r, ReturnSpec.of(r).withSource("FOI 2024/0815 (corrected)"));
        editor2.setCounts(changed, ReturnDesk.kentCells());

        open(r).click("tab-history").waitFor(b -> b.gridText("history-grid").contains("Set the counts"));
        browser.windowSize(1280, 800).photograph(SCREENSHOTS.resolve("return-history.png"));

        var history = browser.gridText("history-grid");
        assertThat(history).contains("editor2", "Changed the details", "Source: ", "FOI 2024/0815", "FOI 2024/0815 (corrected)",
                "Count AGE 0-17: ", "9", "editor", "Created the return");
        assertThat(browser.textOf("return-state")).contains("DRAFT", "entered by editor", "last changed by editor2");
    }

    @Test
    void whoSavesSecondSeesTheOtherChangesFieldByFieldAndKeepsOneFieldOfEachSide() {
        var r = editor.create(ReturnSpec.aggregate(TestServer.freshYear()));
        var newRef = TestServer.uniqueRef("MINE");
        open(r).click("tab-details").waitFor(b -> b.has("ref"));
        editor2.update(r, ReturnSpec.of(r).withSource("their source"));

        browser.type("ref", newRef).type("source", "my source").click("save");
        browser.waitFor(b -> b.has("conflict-dialog"));
        assertThat(browser.textOf("conflict-fields")).contains("Reference", newRef, "Source", "their source", "my source");
        browser.windowSize(1280, 800).photograph(SCREENSHOTS.resolve("return-conflict.png"));
        browser.clickCss("#keep-source vaadin-radio-button:first-of-type").click("conflict-save");
        browser.waitFor(b -> b.contentOf("return-state").contains("version " + (r.getInt("version") + 2)));

        var saved = stored(r);
        assertThat(saved.getString("ref")).isEqualTo(newRef);
        assertThat(saved.getString("source")).isEqualTo("their source");
    }

    private ConsoleBrowser open(JsonObject r) {
        return browser.signIn("editor", TestServer.demoPassword()).go("returns/" + r.getString("id") + "/edit");
    }

    private JsonObject stored(JsonObject r) {
        return editor.reread(r).orElseThrow();
    }
}
