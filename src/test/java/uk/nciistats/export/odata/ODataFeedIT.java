package uk.nciistats.export.odata;

import org.apache.olingo.client.api.ODataClient;
import org.apache.olingo.client.api.communication.ODataClientErrorException;
import org.apache.olingo.client.api.domain.ClientEntity;
import org.apache.olingo.client.api.domain.ClientEntitySet;
import org.apache.olingo.client.api.uri.URIBuilder;
import org.apache.olingo.client.core.ODataClientFactory;
import org.apache.olingo.client.core.http.BasicAuthHttpClientFactory;
import org.apache.olingo.commons.api.edm.EdmPrimitiveTypeException;
import org.apache.olingo.commons.api.format.ContentType;
import org.junit.jupiter.api.Test;
import uk.nciistats.support.CohortFixtures;
import uk.nciistats.support.HttpGet;
import uk.nciistats.support.Perturbed;
import uk.nciistats.support.ReturnDesk;
import uk.nciistats.support.ReturnSpec;
import uk.nciistats.support.TestServer;

import java.net.URI;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The feed read by Apache Olingo's own OData client, as a BI tool reads it: Basic sign-in, JSON or XML. */
class ODataFeedIT {
    private static final String ROOT = TestServer.baseUrl() + "/odata";
    private static final String MET = "E23000001";

    private final ReturnDesk editor = ReturnDesk.as("editor");

    private static ODataClient client(String user) {
        var client = ODataClientFactory.getClient();
        client.getConfiguration().setHttpClientFactory(new BasicAuthHttpClientFactory(user, TestServer.demoPassword()));
        return client;
    }

    private static ClientEntitySet read(ODataClient client, String set, UnaryOperator<URIBuilder> options) {
        var uri = options.apply(client.newURIBuilder(ROOT).appendEntitySetSegment(set)).build();
        return client.getRetrieveRequestFactory().getEntitySetRequest(uri).execute().getBody();
    }

    private static Object value(ClientEntity entity, String property) {
        var p = entity.getProperty(property);
        return p == null || p.hasNullValue() ? null : p.getPrimitiveValue().toValue();
    }

    private static List<String> texts(ClientEntitySet set, String property) {
        return set.getEntities().stream().map(e -> String.valueOf(value(e, property))).toList();
    }

    @Test
    void theServiceDocumentAndTheMetadataDescribeTheThreeEntitySets() {
        var client = client("viewer");

        var service = client.getRetrieveRequestFactory().getServiceDocumentRequest(ROOT).execute().getBody();
        var edm = client.getRetrieveRequestFactory().getMetadataRequest(ROOT).execute().getBody();

        assertThat(service.getEntitySetNames()).containsExactlyInAnyOrder("Forces", "Returns", "CohortRows");
        var cohortRow = edm.getEntityContainer().getEntitySet("CohortRows").getEntityType();
        assertThat(cohortRow.getPropertyNames()).contains("ForcesInScope", "ForcesCovered");
        assertThat(cohortRow.getPropertyNames()).contains("ForceCode", "AgeBand", "Period", "Low", "High", "Exact",
                "Suppressed", "ShareLow", "ShareHigh");
        assertThat(cohortRow.getStructuralProperty("Low").getType().getFullQualifiedName().getFullQualifiedNameAsString())
                .isEqualTo("Edm.Int64");
        assertThat(edm.getEntityContainer().getEntitySet("Returns").getEntityType().getStructuralProperty("PeriodStart")
                .getType().getName()).isEqualTo("Date");
        assertThat(edm.getEntityContainer().getEntitySet("Forces").getEntityType().getKeyPredicateNames())
                .containsExactly("Code");
    }

    @Test
    void forcesAreFilteredSelectedOrderedCountedAndPaged() {
        var client = client("viewer");

        var london = read(client, "Forces", b -> b.filter("Region eq 'London'"));
        var wales = read(client, "Forces", b -> b.filter("Country eq 'WALES'").select("Code", "ShortName")
                .orderBy("Code desc").count(true));
        var page = read(client, "Forces", b -> b.filter("startswith(Code,'E23') and not contains(tolower(Name),'police')")
                .orderBy("Code").skip(1).top(2).count(true));
        var count = client.getRetrieveRequestFactory().getValueRequest(client.newURIBuilder(ROOT)
                .appendEntitySetSegment("Forces").count().build()).execute().getBody();
        var kent = client.getRetrieveRequestFactory().getEntityRequest(client.newURIBuilder(ROOT)
                .appendEntitySetSegment("Forces").appendKeySegment(ReturnSpec.KENT).build()).execute().getBody();

        assertThat(texts(london, "Code")).containsExactlyInAnyOrder("E23000001", "E23000034");
        assertThat(texts(wales, "Code")).containsExactly("W15000004", "W15000003", "W15000002", "W15000001");
        assertThat(wales.getCount()).isEqualTo(4);
        assertThat(wales.getEntities().get(0).getProperty("Name")).as("not selected").isNull();
        assertThat(wales.getEntities().get(0).getProperty("ShortName")).isNotNull();
        var notPolice = read(client, "Forces", b -> b.filter("startswith(Code,'E23') and not contains(tolower(Name),'police')"))
                .getEntities().size();
        assertThat(page.getCount()).isEqualTo(notPolice);
        assertThat(page.getEntities()).hasSize(2);
        assertThat(count.toString()).isEqualTo("43");
        assertThat(value(kent, "Name")).isEqualTo("Kent Police");
        assertThat(kent.getId().toString()).endsWith("Forces('E23000032')");
    }

    @Test
    void returnsAreListedToAnalystsAsDatesAndNumbersButNeverToViewers() throws EdmPrimitiveTypeException {
        int year = TestServer.freshYear();
        var created = editor.create(ReturnSpec.aggregate(year));
        editor.setCounts(created, ReturnDesk.kentCells());

        var returns = read(client("analyst"), "Returns", b -> b.filter("Ref eq '" + created.getString("ref") + "'"));
        var refused = catchThrowableOfType(() -> read(client("viewer"), "Returns", b -> b),
                ODataClientErrorException.class);

        assertThat(returns.getEntities()).hasSize(1);
        var r = returns.getEntities().get(0);
        assertThat(r.getProperty("PeriodStart").getPrimitiveValue().toCastValue(java.time.LocalDate.class))
                .isEqualTo(java.time.LocalDate.of(year, 1, 1));
        assertThat(value(r, "Total")).isEqualTo(42);
        assertThat(value(r, "ForceName")).isEqualTo("Kent Police");
        assertThat(value(r, "Status")).isEqualTo("DRAFT");
        assertThat(refused.getStatusLine().getStatusCode()).isEqualTo(403);
        assertThat(refused.getODataError().getCode()).isEqualTo("FORBIDDEN");
    }

    @Test
    void cohortRowsAnswerTheQuestionInTheFeedUrlWithIntervalsAsLowAndHigh() {
        int year = CohortFixtures.kentAndMet(editor);

        var rows = read(client("analyst"), "CohortRows", b -> b.addCustomQueryOption("groupBy", "FORCE,AGE_BAND")
                .addCustomQueryOption("bands", "0-17,18+").addCustomQueryOption("forces", ReturnSpec.KENT + "," + MET)
                .addCustomQueryOption("from", year + "-01-01").addCustomQueryOption("to", year + "-12-31")
                .orderBy("ForceCode desc,AgeMin").count(true));
        var ranges = read(client("analyst"), "CohortRows", b -> b.addCustomQueryOption("groupBy", "FORCE,AGE_BAND")
                .addCustomQueryOption("bands", "0-17,18+").addCustomQueryOption("forces", ReturnSpec.KENT + "," + MET)
                .addCustomQueryOption("from", year + "-01-01").addCustomQueryOption("to", year + "-12-31")
                .filter("Exact eq false").select("Key", "Low", "High"));

        assertThat(rows.getEntities()).extracting(e -> value(e, "ForceCode") + " " + value(e, "AgeBand") + " "
                + value(e, "Low") + ".." + value(e, "High") + " " + value(e, "Exact")).containsExactly(
                ReturnSpec.KENT + " 0-17 9..9 true", ReturnSpec.KENT + " 18+ 33..33 true",
                MET + " UNKNOWN 6..6 true", MET + " 0-17 0..107 false", MET + " 18+ 340..447 false");
        assertThat(rows.getCount()).isEqualTo(5);
        assertThat((Double) value(rows.getEntities().get(0), "ShareLow")).isEqualTo(9.0 / 42);
        assertThat(texts(ranges, "Key")).containsExactly(MET + "|0-17", MET + "|18+");
    }

    @Test
    void cohortRowsWithoutAQuestionAreCountsByForceAndYear() {
        int year = CohortFixtures.kentAndMet(editor);

        var rows = read(client("analyst"), "CohortRows", b -> b.filter("Period eq '" + year + "'"));

        assertThat(rows.getEntities()).extracting(e -> value(e, "ForceCode") + " " + value(e, "Low") + ".."
                + value(e, "High")).containsExactly(MET + " 453..453", ReturnSpec.KENT + " 42..42");
        assertThat(rows.getEntities()).extracting(e -> value(e, "ForcesInScope") + " " + value(e, "ForcesCovered"))
                .as("each row stands for its one force over the whole year").containsOnly("1 1");
        assertThat(rows.getEntities().get(0).getProperty("PeriodStart").getPrimitiveValue().toString())
                .isEqualTo(year + "-01-01");
    }

    @Test
    void aViewerReadsCohortRowsUnderDisclosureControlInXmlToo() {
        int year = CohortFixtures.publishedKentWithAFewChildren(editor);
        var viewer = client("viewer");
        viewer.getConfiguration().setDefaultPubFormat(ContentType.APPLICATION_ATOM_XML);

        var rows = read(viewer, "CohortRows", b -> b.addCustomQueryOption("groupBy", "AGE_BAND")
                .addCustomQueryOption("bands", "0-17,18-29,30+").addCustomQueryOption("forces", ReturnSpec.KENT)
                .addCustomQueryOption("from", year + "-01-01").addCustomQueryOption("to", year + "-12-31"));

        assertThat(rows.getEntities()).extracting(e -> value(e, "AgeBand") + " " + (value(e, "Low") == null ? "null" : "n")
                + " " + value(e, "Suppressed") + " " + value(e, "Exact"))
                .containsExactly("0-17 null true false", "18-29 n false false", "30+ n false false");
        Perturbed.assertPerturbed(((Number) value(rows.getEntities().get(1), "Low")).longValue(), 21);
    }

    @Test
    void aBadQuestionIsAnODataErrorNamingTheArgument() {
        var refused = catchThrowableOfType(() -> read(client("analyst"), "CohortRows",
                b -> b.addCustomQueryOption("bands", "30-20")), ODataClientErrorException.class);
        var unknown = catchThrowableOfType(() -> read(client("analyst"), "CohortRows",
                b -> b.addCustomQueryOption("grupBy", "FORCE")), ODataClientErrorException.class);

        assertThat(refused.getStatusLine().getStatusCode()).isEqualTo(400);
        assertThat(refused.getODataError().getCode()).isEqualTo("VALIDATION");
        assertThat(refused.getODataError().getTarget()).isEqualTo("ageBands[0]");
        assertThat(refused.getODataError().getMessage()).contains("min (30) is greater than max (20)");
        assertThat(unknown.getODataError().getTarget()).isEqualTo("grupBy");
    }

    @Test
    void forcesRefuseACohortQuestionRatherThanIgnoreIt() {
        var refused = catchThrowableOfType(() -> read(client("analyst"), "Forces",
                b -> b.addCustomQueryOption("forces", ReturnSpec.KENT)), ODataClientErrorException.class);

        assertThat(refused.getStatusLine().getStatusCode()).isEqualTo(400);
        assertThat(refused.getODataError().getTarget()).isEqualTo("forces");
        assertThat(refused.getODataError().getMessage()).contains("$filter");
    }

    @Test
    void aFeedUrlTypedByHandKeepsItsPlusSignsAndAnswersInJson() {
        int year = CohortFixtures.kentAndMet(editor);

        var response = HttpGet.as("analyst").get("/odata/CohortRows?groupBy=AGE_BAND&bands=0-17,18+&forces="
                + ReturnSpec.KENT + "&from=" + year + "-01-01&to=" + year + "-12-31&$select=AgeBand,Low,High");
        var service = HttpGet.as("viewer").get("/odata/");

        assertThat(response.statusCode()).isEqualTo(200);
        var rows = HttpGet.json(response).asJsonObject().getJsonArray("value");
        assertThat(rows.getValuesAs(jakarta.json.JsonObject.class)).extracting(r -> r.getString("AgeBand") + " "
                + r.getInt("Low") + ".." + r.getInt("High")).containsExactly("0-17 9..9", "18+ 33..33");
        assertThat(HttpGet.json(response).asJsonObject().getString("@odata.context")).startsWith(ROOT + "/$metadata#CohortRows");
        assertThat(service.statusCode()).isEqualTo(200);
        assertThat(service.body()).contains("\"CohortRows\"");
    }

    @Test
    void theHeadersPowerQuerySendsAreAnsweredAsItExpects() {
        var powerQuery = new String[] {"Accept", "application/json;odata.metadata=minimal;q=1.0,"
                + "application/json;odata=minimalmetadata;q=0.9,application/atomsvc+xml;q=0.8,application/atom+xml;q=0.8,"
                + "application/xml;q=0.7,text/plain;q=0.7", "OData-MaxVersion", "4.0", "MaxDataServiceVersion", "3.0"};
        var viewer = HttpGet.as("viewer");

        var service = viewer.get("/odata/", powerQuery);
        var metadata = viewer.get("/odata/$metadata", powerQuery);
        var forces = viewer.get("/odata/Forces?$top=2", powerQuery);

        assertThat(List.of(service, metadata, forces)).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("OData-Version")).hasValue("4.0");
        });
        assertThat(service.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(metadata.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xml");
        assertThat(metadata.body()).contains("<EntityType Name=\"CohortRow\">");
        assertThat(HttpGet.json(forces).asJsonObject().getJsonArray("value")).hasSize(2);
    }

    @Test
    void withoutSignInTheFeedAnswersOnlyABasicChallenge() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var response = http.send(java.net.http.HttpRequest.newBuilder(URI.create(ROOT + "/$metadata")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Basic");
    }
}
