package uk.nciistats.returns;

import org.junit.jupiter.api.Test;
import uk.nciistats.errors.ValidationException;
import uk.nciistats.reference.Country;
import uk.nciistats.reference.Force;
import uk.nciistats.reference.Offence;
import uk.nciistats.reference.ReferenceCatalog;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The rules of a returns filter, the same for GraphQL's returns, returns.csv and the console's grid. */
class ReturnCriteriaTest {
    private static final ReferenceCatalog CATALOG = ReferenceCatalog.of(
            List.of(new Force("E23000032", "Kent Police", "Kent", Country.ENGLAND, "South East")),
            List.of(new Offence("CJCA2015-S33", "008/71", "Disclosing…", "CJCA 2015 s.33",
                    LocalDate.of(2015, 4, 13), null)));

    private static ValidationException refusal(ReturnCriteria criteria) {
        return catchThrowableOfType(() -> criteria.checkedAgainst(CATALOG), ValidationException.class);
    }

    private static ReturnCriteria search(List<String> regions, List<String> offences, String text) {
        return new ReturnCriteria(null, null, null, null, null, regions, offences, text, null);
    }

    @Test
    void criteriaThatNameOnlyWhatExistsPassAsTheyAre() {
        var criteria = new ReturnCriteria(List.of("E23000032"), List.of(ReturnStatus.DRAFT), Granularity.RECORDS,
                LocalDate.of(2016, 1, 1), LocalDate.of(2016, 1, 1), List.of("South East"), List.of("CJCA2015-S33"),
                "kent", null);

        assertThat(criteria.checkedAgainst(CATALOG)).isSameAs(criteria);
        assertThat(ReturnCriteria.all().checkedAgainst(CATALOG)).isEqualTo(ReturnCriteria.all());
    }

    @Test
    void anUnknownForceIsRefusedNamingTheCode() {
        var refusal = refusal(new ReturnCriteria(List.of("E23000032", "E23000099"), null, null, null, null));

        assertThat(refusal.field()).isEqualTo("filter.forces");
        assertThat(refusal.getMessage()).contains("'E23000099'");
    }

    @Test
    void fromAfterToIsRefusedOnFrom() {
        var refusal = refusal(new ReturnCriteria(null, null, null, LocalDate.of(2017, 1, 1), LocalDate.of(2016, 12, 31)));

        assertThat(refusal.field()).isEqualTo("filter.from");
        assertThat(refusal.getMessage()).contains("from (2017-01-01) is after to (2016-12-31)");
    }

    @Test
    void anEmptyListIsRefusedRatherThanSelectingNothingOrEverything() {
        assertThat(refusal(new ReturnCriteria(List.of(), null, null, null, null)).field()).isEqualTo("filter.forces");
        assertThat(refusal(new ReturnCriteria(null, List.of(), null, null, null)).field()).isEqualTo("filter.statuses");
        assertThat(refusal(search(List.of(), null, null)).field()).isEqualTo("filter.regions");
        assertThat(refusal(search(null, List.of(), null)).field()).isEqualTo("filter.offences");
    }

    @Test
    void anUnknownRegionOrOffenceAndAnOverlongSearchAreRefusedTogether() {
        var refusal = refusal(search(List.of("Atlantis"), List.of("NO-SUCH"), "x".repeat(ReturnCriteria.MAX_TEXT + 1)));

        assertThat(refusal.field()).isEqualTo("filter.regions");
        assertThat(refusal.getMessage()).contains("'Atlantis'", "filter.offences: no offence has the code 'NO-SUCH'",
                "filter.text: search for at most 100 characters, not 101");
    }

    @Test
    void aSearchTextIsMeasuredWithoutItsSurroundingBlanks() {
        var padded = search(null, null, "  " + "x".repeat(ReturnCriteria.MAX_TEXT) + "  ");

        assertThat(padded.checkedAgainst(CATALOG)).isSameAs(padded);
    }
}
