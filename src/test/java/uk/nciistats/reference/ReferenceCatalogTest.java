package uk.nciistats.reference;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding forces by region, by name and by short name, in memory, as the returns' listing needs them. */
class ReferenceCatalogTest {
    private static final ReferenceCatalog CATALOG = ReferenceCatalog.of(List.of(
            new Force("E23000032", "Kent Police", "Kent", Country.ENGLAND, "South East"),
            new Force("E23000002", "Cumbria Constabulary", "Cumbria", Country.ENGLAND, "North West"),
            new Force("W15000004", "North Wales Police", "North Wales", Country.WALES, "Wales"),
            new Force("E23000014", "Northamptonshire Police", "Northamptonshire", Country.ENGLAND, "East Midlands"),
            new Force("E23000099", "Force_50% Police", "Odd", Country.ENGLAND, "South East")), List.of());

    @Test
    void theForcesOfRegionsAreThoseInAnyOfThemNamedExactly() {
        assertThat(CATALOG.codesOfForcesIn(List.of("South East", "Wales")))
                .containsExactlyInAnyOrder("E23000032", "E23000099", "W15000004");
        assertThat(CATALOG.codesOfForcesIn(List.of("south east"))).isEmpty();
        assertThat(CATALOG.codesOfForcesIn(List.of())).isEmpty();
    }

    @Test
    void aForceIsNamedByPartOfItsNameOrShortNameInAnyLetterCase() {
        assertThat(CATALOG.codesOfForcesNamed("kENT")).containsExactly("E23000032");
        assertThat(CATALOG.codesOfForcesNamed("constab")).containsExactly("E23000002");
        assertThat(Set.copyOf(CATALOG.codesOfForcesNamed("north")))
                .isEqualTo(Set.of("W15000004", "E23000014"));
        assertThat(CATALOG.codesOfForcesNamed("Surrey")).isEmpty();
    }

    @Test
    void percentAndUnderscoreInTheSearchAreTakenLiterallyNotAsWildcards() {
        assertThat(CATALOG.codesOfForcesNamed("%")).containsExactly("E23000099");
        assertThat(CATALOG.codesOfForcesNamed("_")).containsExactly("E23000099");
        assertThat(CATALOG.codesOfForcesNamed("k_nt")).isEmpty();
        assertThat(CATALOG.codesOfForcesNamed("n%s")).isEmpty();
    }

    @Test
    void shortNamesAreOrderedCharacterByCharacterSoASpaceComesBeforeALetter() {
        assertThat(CATALOG.codesByShortName())
                .containsExactly("E23000002", "E23000032", "W15000004", "E23000014", "E23000099");
    }

    @Test
    void forcesWithTheSameValuesAreEqualSoTheyCanBeFoundInSetsAndComboBoxes() {
        var kent = new Force("E23000032", "Kent Police", "Kent", Country.ENGLAND, "South East");

        assertThat(CATALOG.force("E23000032")).contains(kent);
        assertThat(Set.of(kent)).contains(CATALOG.force("E23000032").orElseThrow());
    }
}
