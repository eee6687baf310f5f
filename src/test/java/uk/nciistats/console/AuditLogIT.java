package uk.nciistats.console;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import uk.nciistats.support.Accounts;
import uk.nciistats.support.GraphQLClient;
import uk.nciistats.support.ReturnDesk;
import uk.nciistats.support.ReturnSpec;
import uk.nciistats.support.TestServer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** Admin → Audit log in a real browser: every change found by user, return, day and kind, with before and after. */
class AuditLogIT extends BrowserTest {
    private static final Path SCREENSHOTS = Path.of("docs/screenshots");

    @Test
    void anAdminFindsWhoChangedAUserAndAReturnByUserReturnDayAndKindAndSeesBeforeAndAfter() {
        var name = Accounts.create("audited", "VIEWER");
        GraphQLClient.as("admin").data("mutation($u: String!) { setUserRole(username: $u, role: ANALYST) { role } }",
                Json.createObjectBuilder().add("u", name).build());
        var editor = ReturnDesk.as("editor");
        var r = editor.create(ReturnSpec.aggregate(TestServer.freshYear()));
        editor.update(r, ReturnSpec.of(r).withSource("FOI 2024/0815 (revised)"));
        var ref = r.getString("ref");
        var today = LocalDate.now(ZoneOffset.UTC);

        browser.signIn("admin", TestServer.demoPassword()).go("admin/audit").fill("audit-user", name)
                .waitFor(b -> !b.gridText("audit-grid").contains(ref) && b.gridText("audit-grid").contains(name));
        assertThat(browser.textOf("audit-count")).isEqualTo("2 changes");
        assertThat(browser.gridText("audit-grid")).contains("SET_USER_ROLE", "CREATE_USER", "admin", name,
                "role VIEWER → ANALYST", "created");

        browser.fill("audit-user", "").fill("audit-return", ref)
                .waitFor(b -> b.gridText("audit-grid").contains(ref) && !b.gridText("audit-grid").contains(name));
        assertThat(browser.textOf("audit-count")).isEqualTo("2 changes");
        assertThat(browser.gridText("audit-grid")).contains("CREATE", "UPDATE", "editor", ref,
                "source FOI 2024/0815 → FOI 2024/0815 (revised)");

        browser.choose("audit-kinds", "UPDATE").waitFor(b -> b.textOf("audit-count").equals("1 change"));
        assertThat(browser.gridText("audit-grid")).doesNotContain("CREATE");

        browser.fill("audit-from", today.plusDays(1).toString()).waitFor(b -> b.textOf("audit-count").equals("0 changes"));
        browser.fill("audit-from", today.toString()).fill("audit-to", today.minusDays(1).toString());
        assertThat(browser.fieldError("audit-to")).contains("before the first");
        browser.fill("audit-to", today.toString()).waitFor(b -> b.textOf("audit-count").equals("1 change"));

        browser.clickCell("audit-grid", "UPDATE").waitFor(b -> b.gridText("audit-grid").contains("Before"));
        assertThat(browser.gridText("audit-grid")).contains("FOI 2024/0815 (revised)", "DRAFT");
        browser.windowSize(1280, 800).photograph(SCREENSHOTS.resolve("audit-log.png"));
    }
}
