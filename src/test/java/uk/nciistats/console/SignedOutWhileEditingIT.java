package uk.nciistats.console;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import uk.nciistats.support.Accounts;
import uk.nciistats.support.ReturnDesk;
import uk.nciistats.support.ReturnSpec;
import uk.nciistats.support.TestServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session that ends while someone is typing keeps nothing half-saved: the press of Save after it
 * ended is not carried out, the browser says in words that they were signed out, the next page is
 * the sign-in, and signing in again shows the return as it was stored. Read back over GraphQL.
 */
class SignedOutWhileEditingIT extends BrowserTest {
    private final ReturnDesk editor = ReturnDesk.as("editor");

    @Test
    void anEditorWhosePasswordAnAdminResetsWhileTheyTypeCountsIsToldOnSaveAndNothingIsStored() {
        var name = Accounts.create("typist", "EDITOR");
        var r = editor.create(ReturnSpec.aggregate(TestServer.freshYear()));
        var page = "returns/" + r.getString("id") + "/edit";
        browser.signIn(name, Accounts.passwordOf(name)).go(page).waitFor(b -> b.has("count-TOTAL"));
        browser.fill("count-TOTAL", "42").fill("age-band-0", "0-17").fill("age-count-0", "9");

        var fresh = "a fresh password for " + name;
        Accounts.resetPassword(name, fresh);
        browser.click("save-counts").waitFor(b -> !b.systemMessage().isEmpty());

        assertThat(browser.systemMessage()).contains("You were signed out", "What you did last was not saved",
                "nothing you had not saved is stored", "Click here or press Escape to sign in again");
        assertNothingStoredIn(r);
        browser.screenshot("signed-out-message");

        browser.press(Keys.ESCAPE).waitFor(b -> b.has("sign-in"));
        browser.submitSignIn(name, fresh);
        browser.waitFor(b -> b.has("count-TOTAL"));
        assertThat(browser.title()).isEqualTo(r.getString("ref") + " · Return · NCII Stats");
        assertThat(browser.byId("count-TOTAL").getDomProperty("value")).isEmpty();
        assertThat(browser.byId("age-count-0").getDomProperty("value")).isEmpty();
        assertThat(browser.contentOf("return-state")).contains("version " + r.getInt("version"));
    }

    @Test
    void anEditorWhoSignsOutInAnotherTabCannotSaveTheDetailsTypedInTheFirstAndIsToldSo() {
        var r = editor.create(ReturnSpec.aggregate(TestServer.freshYear()));
        var page = "returns/" + r.getString("id") + "/edit";
        browser.signIn("editor", TestServer.demoPassword()).go(page).click("tab-details").waitFor(b -> b.has("source"));
        browser.type("source", "typed but never saved");

        browser.inAnotherTab(tab -> tab.go("forces").click("sign-out").waitFor(b -> b.has("sign-in")));
        browser.click("save").waitFor(b -> !b.systemMessage().isEmpty());

        assertThat(browser.systemMessage()).contains("You were signed out", "What you did last was not saved");
        assertNothingStoredIn(r);
        browser.clickCss(".v-system-error").waitFor(b -> b.has("sign-in"));
        browser.submitSignIn("editor", TestServer.demoPassword());
        browser.waitFor(b -> b.has("return-tabs")).click("tab-details");
        assertThat(browser.byId("source").getDomProperty("value")).isEqualTo(r.getString("source"));
    }

    private void assertNothingStoredIn(JsonObject r) {
        var stored = editor.reread(r).orElseThrow();
        assertThat(stored.getInt("version")).isEqualTo(r.getInt("version"));
        assertThat(stored.getString("source")).isEqualTo(r.getString("source"));
        assertThat(stored.getJsonArray("counts")).isEmpty();
    }
}
