package uk.nciistats.console;

import jakarta.json.Json;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import uk.nciistats.support.GraphQLClient;
import uk.nciistats.support.TestServer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nciistats.support.TestServer.uniqueRef;

/** The import wizard in a real browser: a force's small spreadsheet from upload to stored return. */
class ImportWizardIT extends BrowserTest {
    @Test
    void anEditorMapsASpreadsheetIsStoppedByAnUnmappedValueMapsItAndImportsTheReturn() throws IOException {
        int year = TestServer.freshYear();
        var ref = uniqueRef("wizard");
        var mappingName = uniqueRef("Kent layout");
        var file = spreadsheet("Force,Month,Age,Result,Site\n"
                + "Kent Police,march,17,no action,Facebook\n"
                + "Kent Police,november,nn,charged,\n"
                + "Kent Police,,34,No  Action,instagram\n");

        browser.signIn("editor", TestServer.demoPassword()).go("import")
                .upload("upload", file)
                .waitFor(b -> b.textOf("file-summary").contains("3 rows"));
        browser.fill("mapping-name", mappingName)
                .choose("column-FORCE", "Force")
                .choose("column-DATE", "Month")
                .choose("column-AGE", "Age")
                .choose("column-OUTCOME", "Result")
                .choose("column-PLATFORMS", "Site")
                .fill("return-ref", ref)
                .fill("period-start", year + "-01-01")
                .fill("period-end", year + "-12-31")
                .fill("return-source", "FOI " + ref)
                .click("check")
                .waitFor(b -> b.textOf("check-status").contains("Not ready"));

        assertThat(browser.gridText("unmapped-values")).contains("Outcome", "Result", "no action", "2, 4");
        assertThat(browser.textOf("suggestion-0")).contains("No further action");
        assertThat(browser.disabled("commit")).isTrue();
        browser.screenshot("import-wizard-stopped-by-an-unmapped-value");

        browser.click("suggestion-0").click("apply-meanings")
                .waitFor(b -> b.textOf("check-status").contains("Ready to import"));
        assertThat(browser.textOf("check-status")).contains("1 return, 3 reports");
        assertThat(browser.gridText("preview")).contains(year + "-03-01", year + "-11-01", "No further action", "Facebook");
        assertThat(browser.disabled("commit")).isFalse();

        browser.fill("return-source", "FOI " + ref + " (revised)");
        assertThat(browser.disabled("commit")).as("a changed form withdraws the check").isTrue();
        browser.click("check").waitFor(b -> b.textOf("check-status").contains("Ready to import"));
        assertThat(browser.disabled("commit")).isFalse();
        browser.screenshot("import-wizard-ready");

        browser.click("save-mapping").click("commit")
                .waitFor(b -> b.textOf("import-result").contains("Imported 1 return"));
        assertThat(browser.textOf("import-result")).contains(ref + "-E23000032", "3 reports");

        var stored = GraphQLClient.as("analyst").data("{ returns(filter: {forces: [\"E23000032\"], from: \"" + year
                + "-01-01\", to: \"" + year + "-12-31\"}, first: 5) { edges { node { ref total status granularity } } } }")
                .getJsonObject("returns").getJsonArray("edges").getJsonObject(0).getJsonObject("node");
        assertThat(stored.getString("ref")).isEqualTo(ref + "-E23000032");
        assertThat(stored.getInt("total")).isEqualTo(3);
        assertThat(stored.getString("status")).isEqualTo("DRAFT");

        browser.go("import").choose("mapping", mappingName)
                .waitFor(b -> b.byId("return-ref").getDomProperty("value").equals(ref));
        browser.click("value-entries");
        assertThat(browser.gridText("value-entries-grid")).contains("no action", "No further action");
        browser.click("remove-entry-OUTCOME-no-action");
        assertThat(browser.gridText("value-entries-grid")).doesNotContain("no action");

        assertThat(browser.disabled("delete-mapping")).isFalse();
        browser.click("delete-mapping").click("confirm-delete-mapping")
                .waitFor(b -> b.disabled("delete-mapping"));
        browser.go("import").choose("mapping", mappingName);
        assertThat(browser.byId("return-ref").getDomProperty("value")).as("the deleted mapping is gone").isEmpty();
        browser.go("import").choose("mapping", "BBC Data Unit 2015")
                .waitFor(b -> !b.byId("return-ref").getDomProperty("value").isEmpty());
        assertThat(browser.disabled("delete-mapping")).as("a built-in mapping cannot be deleted").isTrue();
    }

    /**
     * A force's spreadsheet as forces write them: Home Office outcome codes in their usual spellings
     * and platform abbreviations spread over two media columns. Each row's age is unique, so a stored
     * report is found by its age: age → outcome, Home Office type, platforms.
     */
    private static final String[][] FORCE_ROWS = {
            {"20", "F", "FB", "Insta", "Outcome 1 - Charged/Summonsed", "CHARGED", "1", "FACEBOOK,INSTAGRAM"},
            {"21", "F", "Snap", "", "Outcome 15 - Evidential difficulties: suspect identified; victim supports action",
                    "NO_FURTHER_ACTION", "15", "SNAPCHAT"},
            {"22", "M", "Twitter/X", "FB", "Outcome 16 - Evidential difficulties: victim does not support action",
                    "NO_FURTHER_ACTION", "16", "FACEBOOK,TWITTER"},
            {"23", "F", "WhatsApp", "", "OC8", "COMMUNITY_RESOLUTION", "8", "WHATSAPP"},
            {"24", "F", "TikTok", "Snap", "Outcome 3 - Caution - adults", "CAUTION", "3", "SNAPCHAT,OTHER"},
            {"25", "M", "IG", "", "Outcome 0", "UNDER_INVESTIGATION", "0", "INSTAGRAM"},
            {"26", "F", "Facebook Messenger", "", "Evidential difficulties: victim does not support action",
                    "NO_FURTHER_ACTION", "16", "FACEBOOK"},
            {"27", "F", "X", "", "Outcome 22 - Diversionary, educational or intervention activity", "OTHER", "22",
                    "TWITTER"},
            {"28", "M", "N/K", "", "18 - Investigation complete - no suspect identified", "NO_FURTHER_ACTION", "18", ""},
            {"29", "F", "Insta", "FB", "N/K", "UNKNOWN", "", "FACEBOOK,INSTAGRAM"},
            {"30", "F", "Messenger", "TikTok", "Outcome 1 - Charged/Summonsed", "CHARGED", "1", "FACEBOOK,OTHER"},
            {"31", "F", "", "", "OC 14", "NO_FURTHER_ACTION", "14", ""}};

    @Test
    void theWizardOnASpreadsheetWithHomeOfficeOutcomeCodesTakingEverySuggestionGetsEveryOutcomeRight()
            throws IOException {
        int year = TestServer.freshYear();
        var ref = uniqueRef("hoc");
        var csv = new StringBuilder("Force,Date reported,Age,Sex,Media 1,Media 2,Outcome\n");
        for (int i = 0; i < FORCE_ROWS.length; i++) {
            var r = FORCE_ROWS[i];
            csv.append("Kent Police,").append(year).append("-0").append(1 + i % 9).append("-1").append(i % 10)
                    .append(',').append(r[0]).append(',').append(r[1]).append(',').append(r[2]).append(',').append(r[3])
                    .append(",\"").append(r[4]).append("\"\n");
        }

        browser.atSize(1280, 800).signIn("editor", TestServer.demoPassword()).go("import")
                .upload("upload", spreadsheet(csv.toString()))
                .waitFor(b -> b.textOf("file-summary").contains("12 rows"));
        browser.choose("column-FORCE", "Force").choose("column-DATE", "Date reported").choose("column-AGE", "Age")
                .choose("column-GENDER", "Sex").choose("column-PLATFORMS", "Media 1").choose("column-PLATFORMS", "Media 2")
                .choose("column-OUTCOME", "Outcome")
                .fill("return-ref", ref).fill("period-start", year + "-01-01").fill("period-end", year + "-12-31")
                .fill("return-source", "FOI " + ref)
                .click("check").waitFor(b -> b.textOf("check-status").contains("Not ready"));

        var unmapped = browser.gridText("unmapped-values");
        assertThat(unmapped).as("a value in both media columns is asked once, naming both")
                .contains("Media 1, Media 2").containsOnlyOnce("TikTok\n").containsOnlyOnce("Snap\n");
        assertThat(unmapped).contains("Take Outcome 1 → Charged", "Take Outcome 15 → No further action",
                "Take Outcome 8 → Community resolution", "Take Outcome 16 → No further action", "Take Facebook",
                "Take Instagram", "Take Snapchat", "Take Twitter / X", "Take Other (catch-all)",
                "Take Outcome 22 → Other (catch-all)");
        browser.click("accept-suggestions")
                .photograph("unmapped-editor", Path.of("docs", "screenshots", "wizard-suggestions.png"));

        browser.click("apply-meanings").waitFor(b -> b.textOf("check-status").contains("Ready to import"));
        assertThat(browser.textOf("check-status")).contains("1 return, 12 reports");
        assertThat(browser.textOf("warnings")).as("what is read as OTHER is shown, never silently")
                .contains("'tiktok' as OTHER", "'outcome 22 - diversionary, educational or intervention activity' as OTHER");
        assertThat(browser.gridText("preview")).contains("Charged (Home Office 1)", "No further action (Home Office 16)");
        browser.click("commit").waitFor(b -> b.textOf("import-result").contains("Imported 1 return"));
        assertThat(browser.onTop("commit")).as("the result does not cover the Import button").isTrue();

        var stored = storedReportsOfKent(year);
        assertThat(stored).hasSize(FORCE_ROWS.length);
        for (var r : FORCE_ROWS) {
            assertThat(stored.get(r[0])).as("the report aged " + r[0] + " (" + r[4] + ")")
                    .isEqualTo(r[5] + " " + r[6] + " " + r[7]);
        }
    }

    @Test
    void thePreviewWarnsWhenOneValueTakesMostOfAColumn() throws IOException {
        int year = TestServer.freshYear();
        var ref = uniqueRef("warn");
        var file = spreadsheet("Force,Age,Result\n" + "Kent Police,20,Filed\n".repeat(5) + "Kent Police,21,charged\n");

        browser.signIn("editor", TestServer.demoPassword()).go("import")
                .upload("upload", file).waitFor(b -> b.textOf("file-summary").contains("6 rows"));
        browser.choose("column-FORCE", "Force").choose("column-AGE", "Age").choose("column-OUTCOME", "Result")
                .fill("return-ref", ref).fill("period-start", year + "-01-01").fill("period-end", year + "-12-31")
                .fill("return-source", "FOI " + ref)
                .click("check").waitFor(b -> b.textOf("check-status").contains("Not ready"));
        assertThat(browser.has("suggestion-0") && browser.byId("suggestion-0").isDisplayed())
                .as("an outcome nothing recognises is not proposed as OTHER").isFalse();

        browser.choose("meaning-0", "OTHER").click("apply-meanings")
                .waitFor(b -> b.textOf("check-status").contains("Ready to import"));

        assertThat(browser.textOf("check-status")).contains("warning");
        assertThat(browser.textOf("warnings")).contains("Column 'Result': 5 of its 6 filled rows read as OTHER");
        assertThat(browser.disabled("commit")).as("a warning never stops the import").isFalse();
    }

    @Test
    void aReturnThatIsStoredAlreadyIsReplacedWhenTheEditorTicksReplace() throws IOException {
        int year = TestServer.freshYear();
        var ref = uniqueRef("again");
        var first = spreadsheet("Force,Age,Result\nKent Police,20,charged\n");
        var second = spreadsheet("Force,Age,Result\nKent Police,20,charged\nKent Police,21,caution\n");
        browser.signIn("editor", TestServer.demoPassword());
        checkNewKentReturn(first, "1 row,", ref, year).waitFor(b -> b.textOf("check-status").contains("Ready to import"));
        assertThat(browser.has("replace") && browser.byId("replace").isDisplayed()).as("nothing to replace yet").isFalse();
        browser.click("commit").waitFor(b -> b.textOf("import-result").contains("Imported 1 return"));

        checkNewKentReturn(second, "2 rows", ref, year).waitFor(b -> b.textOf("check-status").contains("Not ready"));
        assertThat(browser.textOf("problems")).contains("is stored already");
        browser.click("replace").waitFor(b -> b.textOf("check-status").contains("Ready to import"));
        browser.click("commit").waitFor(b -> b.textOf("import-result").contains("Imported 1 return"));

        var stored = GraphQLClient.as("analyst").data("{ returns(filter: {forces: [\"E23000032\"], from: \"" + year
                + "-01-01\", to: \"" + year + "-12-31\"}, first: 5) { edges { node { ref total } } } }")
                .getJsonObject("returns").getJsonArray("edges");
        assertThat(stored).hasSize(1);
        assertThat(stored.getJsonObject(0).getJsonObject("node").getInt("total")).isEqualTo(2);
    }

    /** Opens the wizard, reads a Force, Age, Result file into a new return and checks it. */
    private ConsoleBrowser checkNewKentReturn(Path file, String rowsRead, String ref, int year) {
        browser.go("import").upload("upload", file).waitFor(b -> b.textOf("file-summary").contains(rowsRead));
        return browser.choose("column-FORCE", "Force").choose("column-AGE", "Age").choose("column-OUTCOME", "Result")
                .fill("return-ref", ref).fill("period-start", year + "-01-01").fill("period-end", year + "-12-31")
                .fill("return-source", "FOI " + ref).click("check");
    }

    /** Kent's reports of {@code year}, by age: "outcome homeOfficeType platforms" (GraphQL and reports.csv as analyst). */
    private static java.util.Map<String, String> storedReportsOfKent(int year) {
        var where = Json.createObjectBuilder()
                .add("forceCode", Json.createObjectBuilder().add("eq", "E23000032"))
                .add("reportedOn", Json.createObjectBuilder().add("gte", year + "-01-01").add("lte", year + "-12-31"));
        var edges = GraphQLClient.as("analyst").data("query($where: ReportWhere) { reports(where: $where, first: 100)"
                        + " { edges { node { victimAge outcome platforms } } } }",
                Json.createObjectBuilder().add("where", where).build()).getJsonObject("reports").getJsonArray("edges");
        var csv = uk.nciistats.support.HttpGet.csv(uk.nciistats.support.HttpGet.as("analyst")
                .get("/api/export/reports.csv?forces=E23000032&statuses=DRAFT&from=" + year + "-01-01&to=" + year
                        + "-12-31").body());
        int age = csv.get(0).indexOf("victim_age");
        int type = csv.get(0).indexOf("home_office_outcome");
        var types = new java.util.HashMap<String, String>();
        csv.subList(1, csv.size()).forEach(row -> types.put(row.get(age), row.get(type)));
        var stored = new java.util.HashMap<String, String>();
        for (var edge : edges.getValuesAs(jakarta.json.JsonObject.class)) {
            var node = edge.getJsonObject("node");
            var victimAge = String.valueOf(node.getInt("victimAge"));
            var platforms = node.getJsonArray("platforms").getValuesAs(jakarta.json.JsonString.class).stream()
                    .map(jakarta.json.JsonString::getString).sorted(java.util.Comparator.comparing(
                            uk.nciistats.returns.Platform::valueOf)).collect(java.util.stream.Collectors.joining(","));
            stored.put(victimAge, node.getString("outcome") + " " + types.get(victimAge) + " " + platforms);
        }
        return stored;
    }

    @Test
    void onlyARecordsReturnCanBeChosenAsTheReturnAFileFillsFoundByItsRef() {
        int year = TestServer.freshYear();
        var tag = uniqueRef("wz");
        createReturn(tag + "-records", "E23000032", year, "RECORDS");
        createReturn(tag + "-aggregate", "E23000001", year, "AGGREGATE");

        browser.signIn("editor", TestServer.demoPassword()).go("import");
        browser.clickCss("#target vaadin-radio-button:nth-of-type(2)");
        browser.waitFor(b -> b.byId("existing-return").isDisplayed());
        browser.element("#existing-return input").sendKeys(tag.toUpperCase());
        browser.waitFor(b -> b.comboItems().contains(tag + "-records"));

        assertThat(browser.comboItems()).contains("RECORDS").doesNotContain(tag + "-aggregate");
    }

    private static void createReturn(String ref, String force, int year, String granularity) {
        GraphQLClient.as("editor").data("mutation($input: ReturnInput!) { createReturn(input: $input) { id } }",
                Json.createObjectBuilder().add("input", Json.createObjectBuilder().add("ref", ref).add("forceCode", force)
                        .add("periodStart", year + "-01-01").add("periodEnd", year + "-12-31")
                        .add("granularity", granularity).add("source", "ImportWizardIT")).build());
    }

    @Test
    void anExcelWorkbookIsReadInsideTheServer() throws IOException {
        var file = workbook("Kent Police", "Surrey Police");

        browser.signIn("editor", TestServer.demoPassword()).go("import")
                .upload("upload", file)
                .waitFor(b -> b.textOf("file-summary").contains("2 rows"));

        assertThat(browser.textOf("file-summary")).contains("columns Force, Age");
    }

    @Test
    void aFileOverTwentyMegabytesIsRefusedWithASentenceSayingSo() throws IOException {
        var dir = Files.createDirectories(Path.of("target", "wizard-files"));
        var file = Files.createTempFile(dir, "too-big-", ".csv");
        try (var out = Files.newOutputStream(file)) {
            var row = "Kent Police,march,17,no action,Facebook\n".getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written <= 21L * 1024 * 1024; written += row.length) {
                out.write(row);
            }
        }

        browser.signIn("editor", TestServer.demoPassword()).go("import")
                .upload("upload", file)
                .waitFor(b -> !b.notices().isEmpty());

        assertThat(browser.notices()).startsWith("The file is larger than 20 MB");
        assertThat(browser.textOf("file-summary")).isEqualTo("No file yet.");
        Files.delete(file);
    }

    @Test
    void aDamagedExcelFileIsRefusedWithASentenceAndNoClassName() throws IOException {
        var whole = Files.readAllBytes(workbook("Kent Police"));
        var dir = Files.createDirectories(Path.of("target", "wizard-files"));
        var damaged = Files.write(Files.createTempFile(dir, "damaged-", ".xlsx"),
                java.util.Arrays.copyOf(whole, whole.length / 2));

        browser.signIn("editor", TestServer.demoPassword()).go("import")
                .upload("upload", damaged)
                .waitFor(b -> !b.notices().isEmpty());

        assertThat(browser.notices()).contains("is not a readable Excel workbook").contains("save it again")
                .doesNotContainPattern("(?i)exception|[a-z]+\\.[a-z]+\\.[a-z]+");
        assertThat(browser.textOf("file-summary")).contains("is not a readable Excel workbook")
                .doesNotContainIgnoringCase("exception");
    }

    @Test
    void anAnalystCannotOpenTheImportWizard() {
        browser.signIn("analyst", TestServer.demoPassword());
        assertThat(browser.has("nav-import")).isFalse();

        browser.go("import");

        assertThat(browser.has("upload")).isFalse();
        assertThat(browser.pageText()).contains("your role may not open it");
    }

    /** An Excel workbook whose first sheet has a Force and an Age column and a row per force (age 17 on the first). */
    private static Path workbook(String... forces) throws IOException {
        var dir = Files.createDirectories(Path.of("target", "wizard-files"));
        var file = Files.createTempFile(dir, "force-", ".xlsx");
        try (var workbook = new XSSFWorkbook(); var out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("Incidents");
            var top = sheet.createRow(0);
            top.createCell(0).setCellValue("Force");
            top.createCell(1).setCellValue("Age");
            for (int i = 0; i < forces.length; i++) {
                var row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(forces[i]);
                if (i == 0) {
                    row.createCell(1).setCellValue(17);
                }
            }
            workbook.write(out);
        }
        return file;
    }

    private static Path spreadsheet(String text) throws IOException {
        var dir = Files.createDirectories(Path.of("target", "wizard-files"));
        var file = Files.createTempFile(dir, "force-", ".csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
