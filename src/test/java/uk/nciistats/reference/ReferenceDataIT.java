package uk.nciistats.reference;

import org.junit.jupiter.api.Test;
import uk.nciistats.support.GraphQLClient;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceDataIT {
    private final GraphQLClient viewer = GraphQLClient.as("viewer");

    @Test
    void theServerShipsTheFortyThreeTerritorialForcesOfEnglandAndWales() {
        var forces = viewer.data("{ forces { code name shortName country region } }").getJsonArray("forces");

        assertThat(forces).hasSize(43);
        assertThat(forces.getJsonObject(0).getString("code")).isEqualTo("E23000001");
        assertThat(forces.getJsonObject(0).getString("shortName")).isEqualTo("Metropolitan Police");
        assertThat(forces.getJsonObject(42).getString("code")).isEqualTo("W15000004");
    }

    @Test
    void forcesCanBeNarrowedToACountryOrARegion() {
        var wales = viewer.data("{ forces(country: WALES) { code region } }").getJsonArray("forces");
        var southEast = viewer.data("{ forces(region: \"South East\") { shortName } }").getJsonArray("forces");

        assertThat(wales).hasSize(4).allSatisfy(f -> assertThat(f.asJsonObject().getString("region")).isEqualTo("Wales"));
        assertThat(southEast.stream().map(f -> f.asJsonObject().getString("shortName")))
                .containsExactly("Thames Valley", "Hampshire", "Surrey", "Kent", "Sussex");
    }

    @Test
    void kentIsFoundByItsGssCodeAndAnUnknownCodeFindsNothing() {
        var data = viewer.data("{ kent: force(code: \"E23000032\") { name region } none: force(code: \"X1\") { name } }");

        assertThat(data.getJsonObject("kent").getString("name")).isEqualTo("Kent Police");
        assertThat(data.isNull("none")).isTrue();
    }

    @Test
    void bothOffencesComeWithTheirDatesInForce() {
        var offences = viewer.data("{ offences { code homeOfficeCode inForceFrom inForceTo } }").getJsonArray("offences");

        assertThat(offences.getJsonObject(0).getString("code")).isEqualTo("CJCA2015-S33");
        assertThat(offences.getJsonObject(0).getString("homeOfficeCode")).isEqualTo("008/71");
        assertThat(offences.getJsonObject(0).getString("inForceFrom")).isEqualTo("2015-04-13");
        assertThat(offences.getJsonObject(0).getString("inForceTo")).isEqualTo("2024-01-30");
        assertThat(offences.getJsonObject(1).getString("code")).isEqualTo("SOA2003-S66B");
        assertThat(offences.getJsonObject(1).getString("inForceFrom")).isEqualTo("2024-01-31");
        assertThat(offences.getJsonObject(1).isNull("inForceTo")).isTrue();
    }

    @Test
    void anUnknownRegionIsRefusedNamingTheArgument() {
        var error = viewer.error("{ forces(region: \"Narnia\") { code } }");

        assertThat(error.getJsonObject("extensions").getString("code")).isEqualTo("VALIDATION");
        assertThat(error.getJsonObject("extensions").getString("field")).isEqualTo("region");
    }
}
