package uk.nciistats.export;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import uk.nciistats.support.CohortFixtures;
import uk.nciistats.support.HttpGet;
import uk.nciistats.support.Perturbed;
import uk.nciistats.support.ReturnDesk;
import uk.nciistats.support.ReturnSpec;

import static org.assertj.core.api.Assertions.assertThat;

class GrafanaIT {

    @Test
    void cohortRowsByYearAreAFlatJsonArrayWithATimeColumn() {
        int year = CohortFixtures.kentAndMet(ReturnDesk.as("editor"));

        var response = HttpGet.as("analyst").get("/api/grafana/cohort?groupBy=YEAR&forces=" + ReturnSpec.KENT + ","
                + CohortFixtures.MET + "&from=" + year + "-01-01&to=" + year + "-12-31");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        var rows = HttpGet.json(response).asJsonArray();
        assertThat(rows).hasSize(1);
        var row = rows.getJsonObject(0);
        assertThat(row.keySet()).containsExactly("period", "period_start", "low", "high", "exact", "suppressed",
                "share_low", "share_high", "forces_in_scope", "forces_covered");
        assertThat(row.getInt("forces_in_scope")).isEqualTo(2);
        assertThat(row.getInt("forces_covered")).isEqualTo(2);
        assertThat(row.getString("period")).isEqualTo(String.valueOf(year));
        assertThat(row.getString("period_start")).isEqualTo(year + "-01-01");
        assertThat(row.getJsonNumber("low").longValue()).isEqualTo(495);
        assertThat(row.getBoolean("exact")).isTrue();
        assertThat(row.getJsonNumber("share_low").doubleValue()).isEqualTo(1.0);
    }

    @Test
    void aViewerSeesWithheldCellsAsNullsAndTheOthersPerturbed() {
        int year = CohortFixtures.publishedKentWithAFewChildren(ReturnDesk.as("editor"));

        var rows = HttpGet.json(HttpGet.as("viewer").get("/api/grafana/cohort?groupBy=AGE_BAND&bands=0-17,18-29,30%2B"
                + "&forces=" + ReturnSpec.KENT + "&from=" + year + "-01-01&to=" + year + "-12-31")).asJsonArray();

        var shown = rows.getValuesAs(JsonObject.class);
        assertThat(shown).extracting(r -> r.getString("age_band") + " "
                + (r.get("low").getValueType() == JsonValue.ValueType.NULL ? "-" : "n")
                + " " + r.getBoolean("suppressed") + " " + r.getBoolean("exact"))
                .containsExactly("0-17 - true false", "18-29 n false false", "30+ n false false");
        Perturbed.assertPerturbed(shown.get(1).getJsonNumber("low").longValue(), 21);
        Perturbed.assertPerturbed(shown.get(2).getJsonNumber("high").longValue(), 19);
    }

    @Test
    void aBadParameterIsAJsonErrorNamingTheArgument() {
        var response = HttpGet.as("viewer").get("/api/grafana/cohort?groupBy=WEEK");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(CohortCsvIT.field(response)).isEqualTo("groupBy");
    }
}
