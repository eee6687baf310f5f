package uk.nciistats.support;

import jakarta.json.Json;

import static uk.nciistats.support.ReturnDesk.cell;

/** Returns set up through the GraphQL API for the cohort questions of the export tests, each in a fresh year. */
public final class CohortFixtures {
    public static final String MET = "E23000001";

    private CohortFixtures() {
    }

    /** Kent and the Metropolitan Police of the semantics' worked example (DRAFT); answers the year. */
    public static int kentAndMet(ReturnDesk editor) {
        int year = TestServer.freshYear();
        var kent = editor.create(ReturnSpec.aggregate(year));
        editor.setCounts(kent, ReturnDesk.kentCells());
        var met = editor.create(ReturnSpec.aggregate(year).withForce(MET).withRef(TestServer.uniqueRef("MET")));
        editor.setCounts(met, Json.createArrayBuilder().add(cell("TOTAL", "", 453)).add(cell("AGE", "10-19", 107))
                .add(cell("AGE", "20-29", 150)).add(cell("AGE", "30+", 190)).add(cell("AGE", "UNKNOWN", 6)).build());
        return year;
    }

    /**
     * Kent's 42 reports, 2 of them under 18, 21 aged 18-29, 19 aged 30+, PUBLISHED so a viewer sees them:
     * whatever its cell key, the viewer's figure for the children comes out below 5 and is withheld.
     */
    public static int publishedKentWithAFewChildren(ReturnDesk editor) {
        int year = TestServer.freshYear();
        var kent = editor.create(ReturnSpec.aggregate(year));
        kent = editor.setCounts(kent, Json.createArrayBuilder().add(cell("TOTAL", "", 42)).add(cell("AGE", "0-17", 2))
                .add(cell("AGE", "18-29", 21)).add(cell("AGE", "30+", 19)).build());
        kent = ReturnDesk.as("editor2").setStatus(kent, "VERIFIED");
        ReturnDesk.as("admin").setStatus(kent, "PUBLISHED");
        return year;
    }
}
