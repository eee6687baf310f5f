package uk.nciistats.returns;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;
import uk.nciistats.support.GraphQLClient;
import uk.nciistats.support.Refusal;
import uk.nciistats.support.ReturnDesk;
import uk.nciistats.support.ReturnSpec;
import uk.nciistats.support.TestServer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code returns} query: a Relay cursor connection over returns, narrowed by a filter. */
class ReturnListingIT {
    private static final String PAGE = """
            query($filter: ReturnFilter, $first: Int, $after: String) {
              returns(filter: $filter, first: $first, after: $after) {
                totalCount
                edges { cursor node { id ref status granularity force { code } } }
                pageInfo { hasNextPage endCursor }
              }
            }""";
    private static final List<String> FORCES = List.of("E23000001", "E23000002", "E23000003", "E23000004", "E23000005");

    private final GraphQLClient analyst = GraphQLClient.as("analyst");
    private final ReturnDesk editor = ReturnDesk.as("editor");
    private final ReturnDesk editor2 = ReturnDesk.as("editor2");

    /**
     * Five returns of {@code year}, one per force of {@link #FORCES}, the n-th covering month n;
     * the odd ones AGGREGATE, the first two VERIFIED.
     */
    private List<JsonObject> fiveReturnsIn(int year) {
        var created = new ArrayList<JsonObject>();
        for (int n = 1; n <= 5; n++) {
            var month = LocalDate.of(year, n, 1);
            var spec = ReturnSpec.aggregate(year).withForce(FORCES.get(n - 1))
                    .withPeriod(month, month.withDayOfMonth(month.lengthOfMonth()))
                    .withGranularity(n % 2 == 1 ? "AGGREGATE" : "RECORDS");
            var r = editor.create(spec);
            created.add(n <= 2 ? editor2.setStatus(r, "VERIFIED") : r);
        }
        return created;
    }

    @Test
    void pagesFollowOneAnotherThroughTheirCursorsUntilThereIsNoNextPage() {
        int year = TestServer.freshYear();
        var created = fiveReturnsIn(year);
        var filter = wholeYear(year).build();

        var first = page(filter, 2, null);
        var second = page(filter, 2, first.getJsonObject("pageInfo").getString("endCursor"));
        var third = page(filter, 2, second.getJsonObject("pageInfo").getString("endCursor"));

        assertThat(List.of(first, second, third)).extracting(p -> p.getInt("totalCount")).containsOnly(5);
        assertThat(List.of(first, second, third)).extracting(p -> p.getJsonObject("pageInfo").getBoolean("hasNextPage"))
                .containsExactly(true, true, false);
        var ids = new ArrayList<String>();
        for (var p : List.of(first, second, third)) {
            ids.addAll(ids(p));
        }
        assertThat(ids).containsExactlyElementsOf(created.stream().map(r -> r.getString("id")).toList());
        assertThat(third.getJsonObject("pageInfo").getString("endCursor"))
                .isEqualTo(third.getJsonArray("edges").getJsonObject(0).getString("cursor"));
    }

    @Test
    void aPageAfterTheLastOneIsEmpty() {
        int year = TestServer.freshYear();
        fiveReturnsIn(year);
        var all = page(wholeYear(year).build(), 5, null);

        var beyond = page(wholeYear(year).build(), 5, all.getJsonObject("pageInfo").getString("endCursor"));

        assertThat(all.getJsonObject("pageInfo").getBoolean("hasNextPage")).isFalse();
        assertThat(beyond.getJsonArray("edges")).isEmpty();
        assertThat(beyond.getJsonObject("pageInfo").isNull("endCursor")).isTrue();
        assertThat(beyond.getInt("totalCount")).isEqualTo(5);
    }

    @Test
    void theFilterNarrowsToForcesStatusesAndGranularity() {
        int year = TestServer.freshYear();
        var created = fiveReturnsIn(year);

        var ofTwoForces = page(wholeYear(year).add("forces", Json.createArrayBuilder().add(FORCES.get(0)).add(FORCES.get(2))).build(), 10, null);
        var verified = page(wholeYear(year).add("statuses", Json.createArrayBuilder().add("VERIFIED")).build(), 10, null);
        var records = page(wholeYear(year).add("granularity", "RECORDS").build(), 10, null);
        var draftRecords = page(wholeYear(year).add("granularity", "RECORDS")
                .add("statuses", Json.createArrayBuilder().add("DRAFT")).build(), 10, null);

        assertThat(ids(ofTwoForces)).containsExactly(id(created, 0), id(created, 2));
        assertThat(ofTwoForces.getInt("totalCount")).isEqualTo(2);
        assertThat(ids(verified)).containsExactly(id(created, 0), id(created, 1));
        assertThat(ids(records)).containsExactly(id(created, 1), id(created, 3));
        assertThat(ids(draftRecords)).containsExactly(id(created, 3));
    }

    @Test
    void fromAndToSelectTheReturnsWhosePeriodsTouchThatTime() {
        int year = TestServer.freshYear();
        var created = fiveReturnsIn(year);

        var februaryToMidMarch = page(Json.createObjectBuilder().add("from", year + "-02-28")
                .add("to", year + "-03-15").build(), 10, null);
        var fromApril = page(Json.createObjectBuilder().add("from", year + "-04-30")
                .add("to", year + "-12-31").build(), 10, null);

        assertThat(ids(februaryToMidMarch)).containsExactly(id(created, 1), id(created, 2));
        assertThat(ids(fromApril)).containsExactly(id(created, 3), id(created, 4));
    }

    @Test
    void withoutFirstAPageHoldsFiftyReturns() {
        var answer = analyst.data("{ returns { edges { cursor } totalCount } }").getJsonObject("returns");

        assertThat(answer.getJsonArray("edges").size()).isEqualTo(Math.min(50, answer.getInt("totalCount")));
    }

    @Test
    void moreThanFiveHundredAtOnceIsRefusedNamingFirst() {
        assertThat(Refusal.of(analyst.post("{ returns(first: 501) { totalCount } }")))
                .extracting(Refusal::code, Refusal::field).containsExactly("VALIDATION", "first");
        assertThat(Refusal.of(analyst.post("{ returns(first: 0) { totalCount } }")))
                .extracting(Refusal::code, Refusal::field).containsExactly("VALIDATION", "first");
        assertThat(analyst.post("{ returns(first: 500) { totalCount } }").containsKey("errors")).isFalse();
    }

    @Test
    void aCursorTheServerNeverGaveIsRefusedNamingAfter() {
        for (var cursor : List.of("not-a-cursor", "cmV0dXJuOg", "cmV0dXJuOmFiYw", "%%%")) {
            var answer = analyst.post("query($after: String) { returns(after: $after) { totalCount } }",
                    Json.createObjectBuilder().add("after", cursor).build());

            assertThat(Refusal.of(answer)).as(cursor).extracting(Refusal::code, Refusal::field)
                    .containsExactly("VALIDATION", "after");
        }
    }

    @Test
    void aFilterThatCannotMatchIsRefusedNamingItsField() {
        assertThat(Refusal.of(page(Json.createObjectBuilder().add("forces", Json.createArrayBuilder().add("X1")).build())))
                .extracting(Refusal::code, Refusal::field).containsExactly("VALIDATION", "filter.forces");
        assertThat(Refusal.of(page(Json.createObjectBuilder().add("from", "2031-01-01").add("to", "2030-01-01").build())))
                .extracting(Refusal::code, Refusal::field).containsExactly("VALIDATION", "filter.from");
    }

    @Test
    void aForceListsItsReturnsInPeriodOrder() {
        int year = TestServer.freshYear();
        var autumn = editor.create(ReturnSpec.aggregate(year).withForce("W15000002")
                .withPeriod(LocalDate.of(year, 9, 1), LocalDate.of(year, 11, 30)));
        var spring = editor.create(ReturnSpec.records(year).withForce("W15000002")
                .withPeriod(LocalDate.of(year, 3, 1), LocalDate.of(year, 5, 31)));

        var returns = analyst.data("{ force(code: \"W15000002\") { returns { id periodStart } } }")
                .getJsonObject("force").getJsonArray("returns").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("id")).toList();

        assertThat(returns).containsSubsequence(spring.getString("id"), autumn.getString("id"));
    }

    private JsonObject page(JsonObject filter, int first, String after) {
        var variables = Json.createObjectBuilder().add("filter", filter).add("first", first);
        if (after != null) {
            variables.add("after", after);
        }
        return analyst.data(PAGE, variables.build()).getJsonObject("returns");
    }

    private JsonObject page(JsonObject filter) {
        return analyst.post(PAGE, Json.createObjectBuilder().add("filter", filter).build());
    }

    private static JsonObjectBuilder wholeYear(int year) {
        return Json.createObjectBuilder().add("from", year + "-01-01").add("to", year + "-12-31");
    }

    private static List<String> ids(JsonObject page) {
        return page.getJsonArray("edges").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getJsonObject("node").getString("id")).toList();
    }

    private static String id(List<JsonObject> created, int index) {
        return created.get(index).getString("id");
    }
}
