package uk.nciistats.export;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import uk.nciistats.support.GraphQLClient;
import uk.nciistats.support.HttpGet;
import uk.nciistats.support.Refusal;
import uk.nciistats.support.ReturnDesk;
import uk.nciistats.support.ReturnSpec;
import uk.nciistats.support.TestServer;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * returns.csv as a spreadsheet opens it: a source typed by a person cannot become a formula,
 * whether the spreadsheet splits on commas, on semicolons (as many European locales do) or on
 * line breaks. And its filter is refused where GraphQL's {@code returns(filter:)} refuses it, by
 * the same rule, before any CSV is written.
 */
class ReturnsCsvIT {
    private final ReturnDesk editor = ReturnDesk.as("editor");

    @Test
    void aSourceHoldingASemicolonThenAFormulaIsQuotedAndItsFormulaWrittenAsText() {
        int year = TestServer.freshYear();
        var spec = ReturnSpec.records(year);
        editor.create(spec.withSource("x;=1+1"));

        var body = returnsCsvOf(year);

        assertThat(body).contains(",\"x;'=1+1\",").doesNotContain(",x;=1+1,");
        assertThat(cellsSplitOn(";", body)).as("the cells of a spreadsheet that splits on semicolons")
                .noneMatch(ReturnsCsvIT::startsAFormula);
        assertThat(HttpGet.csv(body).get(1)).contains("x;'=1+1");
    }

    @Test
    void aSourceHoldingALineBreakThenAFormulaIsQuotedAndItsFormulaWrittenAsText() {
        int year = TestServer.freshYear();
        editor.create(ReturnSpec.records(year).withSource("FOI 2016/0412\n=cmd|' /C calc'!A0"));

        var body = returnsCsvOf(year);

        assertThat(body).contains(",\"FOI 2016/0412\n'=cmd|' /C calc'!A0\",");
        assertThat(cellsSplitOn("\n", body)).noneMatch(ReturnsCsvIT::startsAFormula);
        assertThat(HttpGet.csv(body).get(1)).contains("FOI 2016/0412\n'=cmd|' /C calc'!A0");
    }

    @Test
    void aSourceStartingWithAFormulaKeepsItsLeadingApostrophe() {
        int year = TestServer.freshYear();
        editor.create(ReturnSpec.records(year).withSource("@SUM(A1:A9)"));

        assertThat(HttpGet.csv(returnsCsvOf(year)).get(1)).contains("'@SUM(A1:A9)");
    }

    @Test
    void anUnknownForceCodeIsRefusedByReturnsCsvAsByGraphQLWithTheSameFieldAndMessage() {
        var csv = refusedCsv("forces=" + ReturnSpec.KENT + ",E23000099");
        var graphql = refusedGraphQL(Json.createObjectBuilder()
                .add("forces", Json.createArrayBuilder().add(ReturnSpec.KENT).add("E23000099")).build());

        assertThat(csv).isEqualTo(graphql);
        assertThat(csv.field()).isEqualTo("filter.forces");
        assertThat(csv.message()).contains("E23000099");
    }

    @Test
    void toBeforeFromIsRefusedByReturnsCsvAsByGraphQLWithTheSameFieldAndMessage() {
        var csv = refusedCsv("from=2031-01-01&to=2030-12-31");
        var graphql = refusedGraphQL(Json.createObjectBuilder().add("from", "2031-01-01").add("to", "2030-12-31").build());

        assertThat(csv).isEqualTo(graphql);
        assertThat(csv.field()).isEqualTo("filter.from");
        assertThat(csv.message()).contains("2031-01-01", "2030-12-31");
    }

    @Test
    void everyBrokenRuleOfTheFilterIsNamedAtOnceByBoth() {
        var csv = refusedCsv("forces=X1&from=2031-01-01&to=2030-12-31");
        var graphql = refusedGraphQL(Json.createObjectBuilder().add("forces", Json.createArrayBuilder().add("X1"))
                .add("from", "2031-01-01").add("to", "2030-12-31").build());

        assertThat(csv).isEqualTo(graphql);
        assertThat(csv.message()).contains("'X1'", "filter.from: from (2031-01-01) is after to (2030-12-31)");
    }

    @Test
    void anUnknownStatusIsRefusedByBothNamingTheValue() {
        var csv = refusedCsv("statuses=DRAFT,LOST");
        var graphql = GraphQLClient.as("analyst").post("query($filter: ReturnFilter) { returns(filter: $filter) {"
                + " totalCount } }", Json.createObjectBuilder().add("filter", Json.createObjectBuilder()
                .add("statuses", Json.createArrayBuilder().add("DRAFT").add("LOST"))).build());

        assertThat(csv.field()).isEqualTo("filter.statuses");
        assertThat(csv.message()).contains("'LOST'", "DRAFT, VERIFIED, PUBLISHED");
        assertThat(Refusal.of(graphql).code()).isEqualTo("VALIDATION");
        assertThat(Refusal.of(graphql).message()).contains("LOST");
    }

    /** returns.csv's refusal: a 400 with the API's JSON error, no CSV. */
    private static Refusal refusedCsv(String query) {
        HttpResponse<String> response = HttpGet.as("analyst").get("/api/export/returns.csv?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        var error = HttpGet.json(response).asJsonObject().getJsonArray("errors").getJsonObject(0);
        return new Refusal(error.getJsonObject("extensions").getString("code"),
                error.getJsonObject("extensions").getString("field", null), error.getString("message"));
    }

    private static Refusal refusedGraphQL(JsonObject filter) {
        return Refusal.of(GraphQLClient.as("analyst").post("query($filter: ReturnFilter) { returns(filter: $filter) {"
                + " totalCount } }", Json.createObjectBuilder().add("filter", filter).build()));
    }

    private static String returnsCsvOf(int year) {
        var response = HttpGet.as("analyst").get("/api/export/returns.csv?forces=" + ReturnSpec.KENT + "&from="
                + LocalDate.of(year, 1, 1) + "&to=" + LocalDate.of(year, 12, 31));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(HttpGet.csv(response.body())).as("the header and this year's one return").hasSize(2);
        return response.body();
    }

    /** The cells a spreadsheet would see if it split the file on this separator and on CRLF, quotes ignored. */
    private static List<String> cellsSplitOn(String separator, String body) {
        return Arrays.stream(body.split("\r\n")).flatMap(line -> Arrays.stream(line.split(separator))).toList();
    }

    private static boolean startsAFormula(String cell) {
        return !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0;
    }
}
