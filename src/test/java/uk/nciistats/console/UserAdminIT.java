package uk.nciistats.console;

import org.junit.jupiter.api.Test;
import uk.nciistats.support.Accounts;
import uk.nciistats.support.TestServer;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Admin → Users and "Change password" in a real browser. The users changed here are the tests' own;
 * the demo accounts are never disabled or changed.
 */
class UserAdminIT extends BrowserTest {
    private static final Path SCREENSHOTS = Path.of("docs/screenshots");

    @Test
    void anAdminCreatesAUserGivesThemARoleAndResetsTheirPasswordEachRefusalShownBesideItsField() {
        var name = Accounts.freshName("kim");
        var first = "first password of " + name;
        browser.signIn("admin", TestServer.demoPassword()).go("admin/users").click("new-user")
                .fill("new-username", name).fill("new-user-password", "too short");
        assertThat(browser.fieldError("new-user-password")).contains("at least 12 characters");

        browser.fill("new-user-password", first).waitFor(b -> b.gridText("users-grid").contains(name));
        assertThat(browser.gridText("users-grid")).contains(name, "VIEWER", "Enabled");
        assertThat(Accounts.signInStatus(name, first)).isEqualTo(200);

        browser.click("role-" + name).fill("role-choice", "EDITOR").click("save-role")
                .waitFor(b -> b.notices().contains(name + " is now EDITOR"));
        browser.windowSize(1280, 800).photograph(SCREENSHOTS.resolve("users.png"));

        var fresh = "reset password of " + name;
        browser.click("reset-" + name).fill("new-password", fresh).fill("repeat-password", fresh + "x");
        assertThat(browser.fieldError("repeat-password")).contains("differ");
        browser.fill("repeat-password", fresh).waitFor(b -> !b.has("save-password"));
        assertThat(Accounts.signInStatus(name, first)).isEqualTo(401);
        assertThat(Accounts.signInStatus(name, fresh)).isEqualTo(200);
        assertThat(browser.gridText("users-grid")).contains("EDITOR");
    }

    @Test
    void disablingAUserAfterConfirmingSignsTheirOpenConsoleOutAtOnceAndEnablingLetsThemBackIn() {
        var name = Accounts.create("dee", "EDITOR");
        try (var theirs = ConsoleBrowser.open()) {
            theirs.signIn(name, Accounts.passwordOf(name)).go("forces").waitFor(b -> b.has("forces-grid"));

            browser.signIn("admin", TestServer.demoPassword()).go("admin/users").click("disable-" + name);
            assertThat(browser.pageText()).contains("Disable " + name + "?", "signed out everywhere at once");
            browser.click("confirm").waitFor(b -> b.gridText("users-grid").contains("Disabled"));

            theirs.go("forces");
            assertThat(theirs.has("sign-in")).as("their console is signed out").isTrue();
            assertThat(theirs.has("forces-grid")).isFalse();
            assertThat(Accounts.signInStatus(name, Accounts.passwordOf(name))).isEqualTo(401);
            theirs.submitSignIn(name, Accounts.passwordOf(name));
            assertThat(theirs.has("signed-in-user")).as("a disabled user cannot sign in again").isFalse();

            browser.click("enable-" + name).click("confirm").waitFor(b -> b.notices().contains(name + " may sign in again"));
            theirs.signIn(name, Accounts.passwordOf(name));
            assertThat(theirs.textOf("signed-in-user")).contains(name);
        }
    }

    @Test
    void anAdminIsOfferedNeitherDisablingNorResettingTheirOwnAccount() {
        var boss = Accounts.create("boss", "ADMIN");

        browser.signIn(boss, Accounts.passwordOf(boss)).go("admin/users").waitFor(b -> b.gridText("users-grid").contains(boss));

        assertThat(browser.gridText("users-grid")).contains(boss + " (you)");
        assertThat(browser.has("role-" + boss)).isTrue();
        assertThat(browser.has("disable-" + boss)).isFalse();
        assertThat(browser.has("reset-" + boss)).isFalse();
    }

    @Test
    void anyoneSignedInChangesTheirOwnPasswordAndAWrongCurrentOneIsShownBesideIt() {
        var name = Accounts.create("vi", "VIEWER");
        var current = Accounts.passwordOf(name);
        var fresh = "my own new password " + name;
        browser.signIn(name, current).click("change-password")
                .fill("current-password", "not my password at all").fill("new-password", fresh).fill("repeat-password", fresh);
        assertThat(browser.fieldError("current-password")).contains("not your current password");
        assertThat(Accounts.signInStatus(name, current)).isEqualTo(200);

        browser.fill("current-password", current).waitFor(b -> b.notices().contains("Your password is changed"));

        assertThat(Accounts.signInStatus(name, current)).isEqualTo(401);
        assertThat(Accounts.signInStatus(name, fresh)).isEqualTo(200);
    }

    @Test
    void editorsAndViewersSeeNeitherUsersNorTheAuditLog() {
        for (var who : new String[] {"editor", "viewer"}) {
            try (var theirs = ConsoleBrowser.open()) {
                theirs.signIn(who, TestServer.demoPassword());
                assertThat(theirs.has("nav-admin-users")).as(who).isFalse();
                assertThat(theirs.has("nav-admin-audit")).as(who).isFalse();
                assertThat(theirs.has("change-password")).as(who).isTrue();

                theirs.go("admin/users");
                assertThat(theirs.has("users-grid")).as(who).isFalse();
                theirs.go("admin/audit");
                assertThat(theirs.has("audit-grid")).as(who).isFalse();
            }
        }
    }
}
