package uk.nciistats.console;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import uk.nciistats.support.GraphQLClient;
import uk.nciistats.support.TestServer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console walked end to end as one new user would, in one sitting, at 1280×800, going only where
 * the screens lead: an editor enters Kent's aggregate return (42 victims, 9 of them under 18), keys in
 * five of Essex's reports by keyboard alone and imports Sussex's spreadsheet taking every suggestion;
 * editor2 verifies the three; the admin publishes them; a viewer finds them on the dashboard, as
 * {@code cohortStats} gives them to a viewer; the admin finds in the audit log who did what. One story,
 * so one test; its year and references are its own. Each step is photographed to target/journey.
 */
class NewUserJourneyIT extends BrowserTest {
    private static final Path SCREENSHOTS = Path.of("docs/screenshots");
    private static final Path STEPS = Path.of("target", "journey");
    private static final String KENT = "E23000032";
    private static final String ESSEX = "E23000028";
    private static final String SUSSEX = "E23000033";

    private final int year = TestServer.freshYear();
    private final String stem = TestServer.uniqueRef("JOURNEY");
    private final String kent = stem + "-KENT";
    private final String essex = stem + "-ESSEX";
    private final String sussex = stem + "-SUSSEX";

    @Test
    void aNewUserEntersVerifiesPublishesAndFindsThreeForcesReturnsWithoutADeadEnd() throws IOException {
        browser.windowSize(1280, 800).signIn("editor", TestServer.demoPassword());
        assertThat(browser.textOf("signed-in-user")).isEqualTo("editor · EDITOR");
        step("01-signed-in");

        entersKentsAggregateReturn();
        keysInEssexsReports();
        importsSussexsSpreadsheet();

        signOutAndIn("editor2");
        verifiesAllThree();

        signOutAndIn("admin");
        publishesAllThree();

        signOutAndIn("viewer");
        findsThemOnTheDashboard();

        signOutAndIn("admin");
        findsWhoDidWhat();
    }

    private void entersKentsAggregateReturn() {
        browser.click("nav-returns-new").waitFor(b -> b.has("ref"));
        assertThat(browser.textOf("return-state")).contains("Save it, then enter its figures");
        browser.fill("ref", kent).type("force", "kent");
        browser.click("granularity").clickCss("vaadin-select-item:nth-of-type(2)");
        assertThat(browser.textOf("granularity")).contains("Aggregate: only the counts the force published");
        browser.fill("period-start", year + "-01-01").fill("period-end", year + "-12-31")
                .type("source", "FOI 2016/0412 (Kent Police)");
        step("02-kent-new-return");
        browser.photograph(SCREENSHOTS.resolve("journey-new-return.png"));
        browser.click("save").waitFor(b -> b.has("count-TOTAL"));
        assertThat(browser.textOf("return-state")).contains("DRAFT", "entered by editor");

        browser.fill("count-TOTAL", "42").fill("age-band-0", "0-17").fill("age-count-0", "9")
                .fill("age-band-1", "18+").fill("age-count-1", "33");
        assertThat(browser.textOf("sum-AGE")).isEqualTo("add up to 42 of 42; 0 not stated");
        step("03-kent-counts");
        browser.click("save-counts").waitFor(b -> b.contentOf("return-state").contains("version 2"));

        assertThat(stored(kent).getJsonArray("counts").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("dimension") + " " + c.getString("category") + "=" + c.getInt("count"))
                .containsExactlyInAnyOrder("TOTAL =42", "AGE 0-17=9", "AGE 18+=33");
    }

    private void keysInEssexsReports() {
        browser.click("nav-returns-new").waitFor(b -> b.has("ref"));
        browser.fill("ref", essex).type("force", "essex")
                .fill("period-start", year + "-01-01").fill("period-end", year + "-12-31")
                .type("source", "FOI 2016-1187 (Essex Police)")
                .click("save").waitFor(b -> b.has("report-form"));
        step("04-essex-reports-empty");

        // the date field has the focus; parts of names and Enter choose, as data-entry staff type them
        report(year + "-01-12", "16", "fem", List.of("snap", "insta"), "1");
        report(year + "-03-03", "23", "fem", List.of("face"), "16");
        report(year + "-05-20", "35", "male", List.of("whats"), "15");
        browser.keys(year + "-06-01", Keys.TAB + "", "230", Keys.ESCAPE + "");   // a slip: Escape starts again
        assertThat(browser.byId("report-age").getDomProperty("value")).isEmpty();
        report(year + "-08-08", "21", "fem", List.of("twit"), "8");
        report(year + "-10-31", "", "unknown", List.of(), "0");
        browser.waitFor(b -> b.contentOf("return-state").contains("version 6"));
        step("05-essex-reports");

        assertThat(browser.gridRows("reports-grid")).extracting(NewUserJourneyIT::reportRow).containsExactly(
                year + "-01-12 | 16 | Female | Instagram, Snapchat | Charged (HO 1)",
                year + "-03-03 | 23 | Female | Facebook | No further action (HO 16)",
                year + "-05-20 | 35 | Male | WhatsApp | No further action (HO 15)",
                year + "-08-08 | 21 | Female | Twitter / X | Community resolution (HO 8)",
                year + "-10-31 | not known | Unknown | none named | Under investigation (HO 0)");
        assertThat(stored(essex).getInt("total")).isEqualTo(5);
    }

    /** Types one report by keyboard from the date field, which has the focus, and saves it with Enter. */
    private void report(String date, String age, String gender, List<String> platforms, String homeOfficeType) {
        browser.keys(date, Keys.TAB + "", age, Keys.TAB + "", gender, Keys.ENTER + "", Keys.TAB + "");
        for (var platform : platforms) {
            browser.keys(platform, Keys.ENTER + "");
        }
        browser.keys(Keys.TAB + "", homeOfficeType, Keys.ENTER + "");
        browser.waitFor(b -> b.gridText("reports-grid").contains(date));
    }

    /** A row of the reports grid without its tick box, id and buttons: "2016-01-12 | 16 | Female | …". */
    private static String reportRow(String row) {
        var cells = List.of(row.split(" \\| "));
        return String.join(" | ", cells.subList(2, 7));
    }

    private void importsSussexsSpreadsheet() throws IOException {
        browser.click("nav-import").waitFor(b -> b.has("upload"));
        browser.upload("upload", sussexSpreadsheet()).waitFor(b -> b.textOf("file-summary").contains("8 rows"));
        browser.type("column-DATE", "date").type("column-AGE", "age")
                .choose("column-PLATFORMS", "media 1").choose("column-PLATFORMS", "media 2")
                .type("column-OUTCOME", "outcome")
                .fill("return-ref", sussex).type("return-force", "sussex")
                .fill("period-start", year + "-01-01").fill("period-end", year + "-12-31")
                .fill("return-source", "FOI 2016/221 (Sussex Police)");
        step("06-sussex-mapping");
        browser.click("check").waitFor(b -> b.textOf("check-status").contains("Not ready"));
        assertThat(browser.textOf("check-status")).contains("8 rows read into 1 return");
        browser.photograph("unmapped-editor", STEPS.resolve("07-sussex-suggestions.png"));
        assertThat(browser.gridText("unmapped-values")).contains("FB", "Insta", "Twitter/X", "OC15",
                "Outcome 16 - Victim declines/unable to support action", "not known");
        browser.click("accept-suggestions").click("apply-meanings")
                .waitFor(b -> b.textOf("check-status").contains("Ready to import"));
        assertThat(browser.textOf("check-status")).contains("1 return, 8 reports");
        step("08-sussex-ready");
        browser.click("commit").waitFor(b -> b.textOf("import-result").contains("Imported 1 return"));
        assertThat(browser.textOf("import-result")).contains(sussex, "8 reports", "DRAFT until another editor verifies");
        browser.photograph("preview", SCREENSHOTS.resolve("journey-import-result.png"));
        step("09-sussex-imported");

        // the result leads to the imported return, whose history says who imported it
        browser.clickCss("#imported-returns a").waitFor(b -> b.has("reports-grid"));
        browser.waitFor(b -> b.contentOf("return-state").contains("entered by editor"));
        browser.click("tab-history").waitFor(b -> b.gridText("history-grid").contains("Imported the return"));
        assertThat(browser.gridText("history-grid")).contains("editor", "Imported: ", "true");
        assertThat(sussexReports()).containsExactlyInAnyOrder(
                "15 CHARGED INSTAGRAM,SNAPCHAT", "22 NO_FURTHER_ACTION FACEBOOK", "31 NO_FURTHER_ACTION WHATSAPP",
                "? NO_FURTHER_ACTION FACEBOOK,TWITTER", "17 COMMUNITY_RESOLUTION SNAPCHAT", "45 NO_FURTHER_ACTION ",
                "28 CHARGED INSTAGRAM,SNAPCHAT", "19 NO_FURTHER_ACTION FACEBOOK,WHATSAPP");
    }

    /**
     * Sussex's answer as the force sent it: dates day first, platforms over two media columns in the
     * force's own abbreviations, Home Office outcomes in three spellings, "not known" for an age and a
     * platform.
     */
    private Path sussexSpreadsheet() throws IOException {
        var rows = new String[][] {
                {"05/01", "15", "Snap", "Insta", "Outcome 1 - Charged/Summonsed"},
                {"19/02", "22", "FB", "", "OC15"},
                {"07/03", "31", "Whatsapp", "", "Outcome 16 - Victim declines/unable to support action"},
                {"23/04", "not known", "Twitter/X", "FB", "Outcome 16 - Victim declines/unable to support action"},
                {"11/06", "17", "Snap", "", "Outcome 8 - Community Resolution"},
                {"30/07", "45", "not known", "", "OC15"},
                {"02/09", "28", "Insta", "Snap", "Outcome 1 - Charged/Summonsed"},
                {"16/11", "19", "FB", "Whatsapp", "Outcome 14 - Evidential difficulties: suspect not identified;"
                        + " victim does not support action"}};
        var csv = new StringBuilder("Date reported,Age of victim,Media 1,Media 2,Outcome\r\n");
        for (var r : rows) {
            csv.append(r[0]).append('/').append(year).append(',').append(r[1]).append(',').append(r[2]).append(',')
                    .append(r[3]).append(",\"").append(r[4]).append("\"\r\n");
        }
        var dir = Files.createDirectories(Path.of("target", "wizard-files"));
        return Files.writeString(dir.resolve("Sussex " + stem + ".csv"), csv, StandardCharsets.UTF_8);
    }

    private void verifiesAllThree() {
        browser.click("nav-returns").waitFor(b -> b.has("returns-grid"));
        browser.fill("filter-text", stem).waitFor(b -> b.textOf("row-count").equals("3 returns"));
        browser.click("view-to-verify").waitFor(b -> b.textOf("row-count").equals("3 returns to verify"));
        step("10-to-verify");
        browser.selectRow("returns-grid", kent).selectRow("returns-grid", essex).selectRow("returns-grid", sussex)
                .click("bulk-verify");
        assertThat(browser.textOf("bulk-confirm-button")).isEqualTo("Verify 3 returns");
        browser.click("bulk-confirm-button").waitFor(b -> b.has("bulk-result-text"));
        assertThat(browser.textOf("bulk-result-text")).contains(kent + ": verified", essex + ": verified",
                sussex + ": verified");
        browser.click("bulk-result-close").waitFor(b -> b.textOf("row-count").equals("0 returns to verify"));
        assertThat(List.of(kent, essex, sussex)).extracting(ref -> stored(ref).getString("status")).containsOnly("VERIFIED");
    }

    private void publishesAllThree() {
        browser.click("nav-returns").waitFor(b -> b.has("returns-grid"));
        browser.fill("filter-text", stem).waitFor(b -> b.textOf("row-count").equals("3 returns"));
        browser.selectRow("returns-grid", kent).selectRow("returns-grid", essex).selectRow("returns-grid", sussex)
                .click("bulk-publish");
        assertThat(browser.textOf("bulk-confirm-button")).isEqualTo("Publish 3 returns");
        step("11-publish-confirmation");
        browser.click("bulk-confirm-button").waitFor(b -> b.has("bulk-result-text"));
        assertThat(browser.textOf("bulk-result-text")).contains(kent + ": published", essex + ": published",
                sussex + ": published");
        browser.click("bulk-result-close");
        assertThat(List.of(kent, essex, sussex)).extracting(ref -> stored(ref).getString("status")).containsOnly("PUBLISHED");
    }

    private void findsThemOnTheDashboard() {
        assertThat(browser.has("nav-returns")).as("a viewer has no returns list").isFalse();
        browser.fill("filter-from", year + "-01-01").fill("filter-to", year + "-12-31")
                .waitFor(b -> b.textOf("coverage-headline").contains(year + "-12-31"));
        assertThat(browser.textOf("coverage-headline")).startsWith("Covers 3 of 43 forces");
        step("12-viewer-dashboard");
        for (var chart : List.of("force", "age-band", "outcome", "platform", "year")) {
            var dimension = chart.replace('-', '_').toUpperCase(Locale.ROOT);
            assertThat(DashboardTables.rows(browser, chart)).as(chart)
                    .isEqualTo(DashboardTables.cohortStats("viewer", dimension, DashboardTables.year(year)));
        }
        assertThat(DashboardTables.rows(browser, "force")).extracting(r -> r.get(0))
                .containsExactlyInAnyOrder(KENT, ESSEX, SUSSEX);
    }

    private void findsWhoDidWhat() {
        browser.click("nav-admin-audit").waitFor(b -> b.has("audit-grid"));
        // Kent: created, counts; Essex: created, five reports; Sussex: imported; then three verified, three published
        browser.fill("audit-return", stem).waitFor(b -> b.textOf("audit-count").equals("15 changes"));
        step("13-audit-log");
        browser.photograph(SCREENSHOTS.resolve("journey-audit-log.png"));
        assertThat(auditRows()).contains("editor2 STATUS " + kent + " status DRAFT → VERIFIED",
                "admin STATUS " + essex + " status VERIFIED → PUBLISHED", "editor SET_COUNTS " + kent);

        browser.fill("audit-return", sussex).waitFor(b -> b.textOf("audit-count").equals("3 changes"));
        assertThat(auditRows()).containsExactly("admin STATUS " + sussex + " status VERIFIED → PUBLISHED",
                "editor2 STATUS " + sussex + " status DRAFT → VERIFIED",
                "editor CREATE " + sussex + " imported (open the row for every field)");
        browser.clickCell("audit-grid", "CREATE").waitFor(b -> b.gridText("audit-grid").contains("Before"));
        assertThat(browser.gridText("audit-grid")).contains("imported", "true", "E23000033");
        step("14-audit-import");
    }

    /** The audit grid's rows as "who kind return what changed", without their time (SET_COUNTS: without what). */
    private List<String> auditRows() {
        return browser.gridRows("audit-grid").stream().map(row -> row.split(" \\| ", -1))
                .map(c -> c[1] + " " + c[2] + " " + c[3] + (c[2].equals("SET_COUNTS") ? "" : " " + c[5]))
                .toList();
    }

    private void signOutAndIn(String user) {
        browser.click("sign-out").waitFor(b -> b.has("sign-in"));
        browser.signIn(user, TestServer.demoPassword());
    }

    /** The return with this reference as the analyst reads it over GraphQL. */
    private JsonObject stored(String ref) {
        var edges = GraphQLClient.as("analyst").data("{ returns(filter: {from: \"" + year + "-01-01\", to: \"" + year
                + "-12-31\"}, first: 50) { edges { node { ref status total counts { dimension category count } } } } }")
                .getJsonObject("returns").getJsonArray("edges").getValuesAs(JsonObject.class);
        return edges.stream().map(e -> e.getJsonObject("node")).filter(n -> n.getString("ref").equals(ref))
                .findFirst().orElseThrow(() -> new AssertionError("no return " + ref));
    }

    /** Sussex's stored reports as "age outcome platforms" ("?" for an age not known). */
    private List<String> sussexReports() {
        var where = Json.createObjectBuilder().add("forceCode", Json.createObjectBuilder().add("eq", SUSSEX))
                .add("reportedOn", Json.createObjectBuilder().add("gte", year + "-01-01").add("lte", year + "-12-31"));
        var edges = GraphQLClient.as("analyst").data("query($where: ReportWhere) { reports(where: $where, first: 50)"
                        + " { edges { node { victimAge outcome platforms } } } }",
                Json.createObjectBuilder().add("where", where).build()).getJsonObject("reports").getJsonArray("edges");
        return edges.getValuesAs(JsonObject.class).stream().map(e -> e.getJsonObject("node")).map(n ->
                (n.isNull("victimAge") ? "?" : String.valueOf(n.getInt("victimAge"))) + " " + n.getString("outcome") + " "
                        + n.getJsonArray("platforms").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                        .sorted().collect(Collectors.joining(","))).toList();
    }

    private void step(String name) {
        browser.photograph(STEPS.resolve(name + ".png"));
    }
}
