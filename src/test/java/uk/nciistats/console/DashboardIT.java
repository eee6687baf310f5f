package uk.nciistats.console;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import uk.nciistats.support.CohortFixtures;
import uk.nciistats.support.HttpGet;
import uk.nciistats.support.ReturnDesk;
import uk.nciistats.support.ReturnSpec;
import uk.nciistats.support.TestServer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard in headless Chromium: its tables hold exactly what {@code cohortStats} answers for
 * the same filter and the same role, ranges are drawn from low to high, withheld figures are shown
 * as withheld, each chart's CSV is the cohort export of the same question, and the filters, the
 * keyboard and the two screen sizes work.
 */
class DashboardIT extends BrowserTest {
    /** Each chart, the dimension it groups by, and how GraphQL names a row's key. */
    private static final Map<String, String> CHARTS = Map.of("force", "FORCE", "age-band", "AGE_BAND",
            "outcome", "OUTCOME", "platform", "PLATFORM", "year", "YEAR");
    private final ReturnDesk editor = ReturnDesk.as("editor");

    @Test
    void anAnalystSeesInEveryTableTheFiguresCohortStatsAnswersForTheSameFilter() {
        int year = CohortFixtures.kentAndMet(editor);

        showYear(browser.signIn("analyst", TestServer.demoPassword()), year);

        assertThat(browser.textOf("filter-status")).as("an analyst may choose statuses").isNotNull();
        for (var chart : CHARTS.entrySet()) {
            assertThat(tableRows(chart.getKey())).as(chart.getKey())
                    .isEqualTo(cohortStats("analyst", chart.getValue(), yearFilter(year)));
        }
        assertThat(tableRows("age-band")).first().isEqualTo(List.of("0-17", "9 to 116", "1.8% to 23.4%"));
        assertThat(browser.textOf("coverage-headline")).startsWith("Covers 2 of 43 forces for " + year + "-01-01 to "
                + year + "-12-31");
        assertThat(browser.textOf("notes-age-band")).contains("Metropolitan Police").contains("10-19");
    }

    @Test
    void aRangeIsDrawnAsABarFromItsLowToItsHighBoundAndACertainCountFromZero() {
        int year = CohortFixtures.kentAndMet(editor);

        showYear(browser.signIn("analyst", TestServer.demoPassword()), year);

        // under 18: Kent's 9 are certain, the Met's 107 aged 10-19 may be: {9, 116}
        var underEighteen = bar("age-band", "0-17");
        assertThat(underEighteen.get("rangeFrom")).isCloseTo(underEighteen.get("pixelOf9"), within());
        assertThat(underEighteen.get("rangeTo")).isCloseTo(underEighteen.get("pixelOf116"), within());
        assertThat(underEighteen.get("certainFrom")).isCloseTo(underEighteen.get("pixelOf0"), within());
        assertThat(underEighteen.get("certainTo")).isCloseTo(underEighteen.get("pixelOf9"), within());
        assertThat(underEighteen.get("rangeTo") - underEighteen.get("rangeFrom")).as("a range, never a point")
                .isGreaterThan(50);
        // the Met's UNKNOWN 6 is exact: a solid bar, no range
        var unknown = bar("age-band", "Age not known");
        assertThat(unknown.get("hasRange")).isZero();
        assertThat(browser.textOf("notes-age-band")).as("the note that explains the range")
                .contains("a published band is never split");
    }

    @Test
    void aViewerSeesThePublicFiguresOfCohortStatsAndAWithheldCellAsWithheldNeverAsZero() {
        int year = CohortFixtures.publishedKentWithAFewChildren(editor);

        showYear(browser.signIn("viewer", TestServer.demoPassword()), year);

        assertThat(browser.has("filter-status")).as("a viewer sees published returns only").isFalse();
        for (var chart : CHARTS.entrySet()) {
            assertThat(tableRows(chart.getKey())).as(chart.getKey())
                    .isEqualTo(cohortStats("viewer", chart.getValue(), yearFilter(year)));
        }
        assertThat(tableRows("age-band")).first().isEqualTo(List.of("0-17", "withheld", "withheld"));
        var labels = browser.script("return document.getElementById('chart-age-band').chart.data.labels");
        var certain = browser.script("return document.getElementById('chart-age-band').chart.data.datasets[0].data");
        assertThat((List<?>) labels).first().isEqualTo("0-17 (withheld)");
        assertThat((List<?>) certain).as("no bar, not a bar of 0").first().isNull();
        assertThat(browser.textOf("dashboard-audience")).contains("Published returns only").contains("perturbed");
    }

    @Test
    void eachChartsCsvIsTheCohortExportOfTheSameQuestionForAnAnalystAndForAViewer() {
        int draft = CohortFixtures.kentAndMet(editor);
        int published = CohortFixtures.publishedKentWithAFewChildren(editor);

        showYear(browser.signIn("analyst", TestServer.demoPassword()), draft);
        var analystCsv = browser.download("download-age-band");
        var byForce = browser.download("download-force");
        browser.click("sign-out").waitFor(b -> b.has("sign-in"));
        showYear(browser.signIn("viewer", TestServer.demoPassword()), published);
        var viewerCsv = browser.download("download-age-band");

        var analystExport = HttpGet.as("analyst").get("/api/export/cohort.csv?groupBy=AGE_BAND" + dates(draft));
        var forceExport = HttpGet.as("analyst").get("/api/export/cohort.csv?groupBy=FORCE" + dates(draft));
        var viewerExport = HttpGet.as("viewer").get("/api/export/cohort.csv?groupBy=AGE_BAND" + dates(published));
        assertThat(analystCsv.statusCode()).isEqualTo(200);
        assertThat(analystCsv.body()).isEqualTo(analystExport.body()).contains("0-17,9,116,false,false");
        assertThat(byForce.body()).isEqualTo(forceExport.body()).contains("Kent Police");
        assertThat(viewerCsv.body()).isEqualTo(viewerExport.body()).contains("0-17,,,false,true");
        assertThat(analystCsv.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("ncii-cohort-age-band.csv");
    }

    @Test
    void choosingAForceAndAStatusChangesTheFiguresToThoseOfCohortStatsForThatFilter() {
        int year = CohortFixtures.kentAndMet(editor);
        showYear(browser.signIn("analyst", TestServer.demoPassword()), year);
        assertThat(keys("force")).containsExactly(CohortFixtures.MET, ReturnSpec.KENT);

        browser.choose("filter-forces", "Kent")
                .waitFor(b -> keys("force").equals(List.of(ReturnSpec.KENT)));

        var kentOnly = yearFilter(year).add("forces", Json.createArrayBuilder().add(ReturnSpec.KENT));
        assertThat(tableRows("age-band")).isEqualTo(cohortStats("analyst", "AGE_BAND", kentOnly));
        assertThat(tableRows("year")).containsExactly(List.of(String.valueOf(year), "42", "100.0%"));
        assertThat(browser.textOf("coverage-headline")).startsWith("Covers the one force in scope");

        browser.choose("filter-status", "PUBLISHED")
                .waitFor(b -> b.byId("empty-age-band").isDisplayed());
        assertThat(browser.textOf("empty-age-band")).isEqualTo("No reports match these filters.");
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsExplainedBesideTheFieldInASentence() {
        browser.signIn("analyst", TestServer.demoPassword())
                .fill("filter-from", "2031-06-01")
                .fill("filter-to", "2031-01-01");

        assertThat(browser.fieldError("filter-to")).isEqualTo(
                "The period cannot end before it starts: choose a later end, or an earlier start.");

        browser.fill("filter-to", "1st Jan 2032");
        assertThat(browser.fieldError("filter-to")).isEqualTo("Not a date: write it as year-month-day, e.g. 2017-01-31, or as 31/01/2017.");
    }

    @Test
    void theDashboardIsTheLandingPageWithTitleHeadingLabelledFieldsAndCaptionedTables() {
        int year = CohortFixtures.publishedKentWithAFewChildren(editor);
        browser.signIn("viewer", TestServer.demoPassword());
        assertThat(browser.has("dashboard-filters")).as("the landing page is the dashboard").isTrue();
        showYear(browser, year);

        assertThat(browser.script("return document.title")).isEqualTo("Dashboard · NCII Stats");
        assertThat(browser.script("return document.querySelector('h1').textContent")).isEqualTo("Dashboard");
        assertThat(browser.script("return Array.from(document.querySelectorAll('#dashboard-filters > *'))"
                + ".filter(f => !f.label).map(f => f.id)")).as("fields without a label").isEqualTo(List.of());
        assertThat(browser.script("return Array.from(document.querySelectorAll('.figure-panel table'))"
                + ".map(t => t.caption && t.caption.textContent)")).isEqualTo(List.of("Reports by force",
                "Reports by age of the victim", "Reports by outcome", "Reports by platform named", "Reports by year"));
        assertThat(browser.has("nav-dashboard")).isTrue();
    }

    @Test
    void theKeyboardAloneChoosesAForceAndReachesTheTableAndTheDownload() {
        int year = CohortFixtures.kentAndMet(editor);
        showYear(browser.signIn("analyst", TestServer.demoPassword()), year);
        browser.script("document.querySelector('#filter-forces input').focus()");

        browser.press("Kent").press(Keys.ENTER)
                .waitFor(b -> keys("force").equals(List.of(ReturnSpec.KENT)));
        var reached = new ArrayList<String>();
        for (int i = 0; i < 20 && !reached.contains("download-age-band"); i++) {
            browser.press(Keys.TAB);
            reached.add(String.valueOf(browser.script("const a = document.activeElement;"
                    + " return a.id || (a.closest('[id]') || {}).id || a.className")));
        }

        assertThat(reached).contains("download-force", "download-age-band");
        assertThat(reached.indexOf("download-age-band")).as("the force table's frame takes the focus to scroll")
                .isGreaterThan(reached.indexOf("download-force") + 1);
    }

    @Test
    void theDashboardFitsAt1280By800AndAt1920Wide() {
        int year = CohortFixtures.kentAndMet(editor);
        for (int[] size : new int[][] {{1920, 1080}, {1280, 800}}) {
            showYear(browser.windowSize(size[0], size[1]).signIn("analyst", TestServer.demoPassword()), year);

            assertThat(browser.script("return Array.from(document.querySelectorAll('.dashboard, .figure-panel,"
                    + " .figure-top, .dashboard-filters')).filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.className)"))
                    .as("nothing wider than its frame at %d px", size[0]).isEqualTo(List.of());
            assertThat(browser.script("const r = document.getElementById('download-force').getBoundingClientRect();"
                    + " return r.right <= window.innerWidth && r.bottom <= window.innerHeight"))
                    .as("the first chart's download is on the screen at %d px", size[0]).isEqualTo(true);
            browser.click("sign-out").waitFor(b -> b.has("sign-in"));
        }
    }

    private static void showYear(ConsoleBrowser browser, int year) {
        browser.fill("filter-from", year + "-01-01").fill("filter-to", year + "-12-31")
                .waitFor(b -> b.textOf("coverage-headline").contains(year + "-12-31"));
    }

    private static String dates(int year) {
        return "&from=" + year + "-01-01&to=" + year + "-12-31";
    }

    private List<String> keys(String chart) {
        return tableRows(chart).stream().map(r -> r.get(0)).toList();
    }

    /** Pixels of a bar of a chart: where its certain and its range parts start and end, and of 0, 9 and 116 on its axis. */
    @SuppressWarnings("unchecked")
    private Map<String, Double> bar(String chart, String label) {
        var measured = (Map<String, Object>) browser.script("""
                const c = document.getElementById(arguments[0]).chart;
                const i = c.data.labels.indexOf(arguments[1]);
                const certain = c.getDatasetMeta(0).data[i], range = c.getDatasetMeta(1).data[i];
                const hasRange = c.data.datasets[1].data[i] ? 1 : 0;
                return {certainFrom: certain.base, certainTo: certain.x, hasRange: hasRange,
                        rangeFrom: hasRange ? range.base : 0, rangeTo: hasRange ? range.x : 0,
                        pixelOf0: c.scales.x.getPixelForValue(0), pixelOf9: c.scales.x.getPixelForValue(9),
                        pixelOf116: c.scales.x.getPixelForValue(116)};""", "chart-" + chart, label);
        var pixels = new java.util.HashMap<String, Double>();
        measured.forEach((k, v) -> pixels.put(k, ((Number) v).doubleValue()));
        return pixels;
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1.0);
    }

    private List<List<String>> tableRows(String chart) {
        return DashboardTables.rows(browser, chart);
    }

    private static List<List<String>> cohortStats(String user, String dimension, jakarta.json.JsonObjectBuilder filter) {
        return DashboardTables.cohortStats(user, dimension, filter);
    }

    private static jakarta.json.JsonObjectBuilder yearFilter(int year) {
        return DashboardTables.year(year);
    }
}
