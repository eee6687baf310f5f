package uk.nciistats.returns;

import org.junit.jupiter.api.Test;
import uk.nciistats.errors.ValidationException.Problem;
import uk.nciistats.reference.Country;
import uk.nciistats.reference.Force;
import uk.nciistats.reference.Offence;
import uk.nciistats.reference.ReferenceCatalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReturnRulesTest {
    private static final ReferenceCatalog CATALOG = ReferenceCatalog.of(
            List.of(new Force("E23000032", "Kent Police", "Kent", Country.ENGLAND, "South East")),
            List.of(new Offence("CJCA2015-S33", "008/71", "Disclosing…", "CJCA 2015 s.33",
                            LocalDate.of(2015, 4, 13), LocalDate.of(2024, 1, 30)),
                    new Offence("SOA2003-S66B", null, "Sharing…", "SOA 2003 s.66B", LocalDate.of(2024, 1, 31), null)));

    private static ReturnDetails kent(String start, String end, String offence) {
        return new ReturnDetails("KENT-1", "E23000032", offence, LocalDate.parse(start), LocalDate.parse(end),
                Granularity.AGGREGATE, "FOI 2016/123", null);
    }

    private static List<String> fields(List<Problem> problems) {
        return problems.stream().map(Problem::field).toList();
    }

    @Test
    void aReturnInsideItsOffencesTimeInForceIsAccepted() {
        assertThat(ReturnRules.checkDetails(kent("2015-04-13", "2015-12-31", null), CATALOG, "input.")).isEmpty();
    }

    @Test
    void theOffenceIsInferredFromThePeriodWhenLeftOut() {
        assertThat(ReturnRules.offenceOf(kent("2015-04-13", "2015-12-31", null), CATALOG)).get()
                .extracting(Offence::code).isEqualTo("CJCA2015-S33");
        assertThat(ReturnRules.offenceOf(kent("2025-01-01", "2025-12-31", ""), CATALOG)).get()
                .extracting(Offence::code).isEqualTo("SOA2003-S66B");
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedOnItsEnd() {
        assertThat(fields(ReturnRules.checkDetails(kent("2016-05-01", "2016-01-31", null), CATALOG, "input.")))
                .containsExactly("input.periodEnd");
    }

    @Test
    void aPeriodBeforeAnyOffenceWasInForceIsRefused() {
        var problems = ReturnRules.checkDetails(kent("2010-01-01", "2010-12-31", null), CATALOG, "input.");

        assertThat(fields(problems)).containsExactly("input.periodStart");
        assertThat(problems.get(0).message()).contains("no offence was in force");
    }

    @Test
    void aPeriodOutsideTheNamedOffencesTimeInForceIsRefused() {
        var problems = ReturnRules.checkDetails(kent("2025-01-01", "2025-12-31", "CJCA2015-S33"), CATALOG, "input.");

        assertThat(fields(problems)).containsExactly("input.periodStart");
        assertThat(problems.get(0).message()).contains("CJCA2015-S33").contains("2024-01-30");
    }

    @Test
    void everyMissingOrUnknownFieldIsReportedAtOnce() {
        var d = new ReturnDetails(" ", "E99", "NOPE", LocalDate.of(2016, 1, 1), LocalDate.of(2016, 2, 1), null, "", null);

        assertThat(fields(ReturnRules.checkDetails(d, CATALOG, "input.")))
                .containsExactly("input.ref", "input.forceCode", "input.granularity", "input.source", "input.offenceCode");
    }

    @Test
    void aReferenceLongerThanSixtyFourCharactersIsRefused() {
        var d = new ReturnDetails("R".repeat(65), "E23000032", null, LocalDate.of(2016, 1, 1), LocalDate.of(2016, 2, 1),
                Granularity.RECORDS, "FOI", null);

        assertThat(fields(ReturnRules.checkDetails(d, CATALOG, "input."))).containsExactly("input.ref");
    }

    @Test
    void aReportMustLieInsideThePeriodWithAnAgeFromZeroToOneHundredAndTwenty() {
        var r = new DataReturn(kent("2016-01-01", "2016-12-31", null), "CJCA2015-S33", "editor", Instant.now());
        var bad = new ReportDetails(LocalDate.of(2017, 1, 1), 300, Gender.FEMALE, Set.of(), Outcome.CHARGED, null);
        var good = new ReportDetails(LocalDate.of(2016, 6, 1), 11, null, Set.of(Platform.FACEBOOK), null, 16);

        assertThat(fields(ReturnRules.checkReport(bad, r, "reports[0]."))).containsExactly("reports[0].reportedOn", "reports[0].victimAge");
        assertThat(ReturnRules.checkReport(good, r, "reports[1].")).isEmpty();
        assertThat(ReturnRules.outcomeOf(good)).isEqualTo(Outcome.NO_FURTHER_ACTION);
    }

    @Test
    void aReportNeedsAnOutcomeThatAgreesWithItsHomeOfficeType() {
        var r = new DataReturn(kent("2016-01-01", "2016-12-31", null), "CJCA2015-S33", "editor", Instant.now());

        assertThat(fields(ReturnRules.checkReport(new ReportDetails(null, null, null, null, null, null), r, "")))
                .containsExactly("outcome");
        assertThat(fields(ReturnRules.checkReport(new ReportDetails(null, null, null, null, Outcome.CAUTION, 1), r, "")))
                .containsExactly("outcome");
        assertThat(fields(ReturnRules.checkReport(new ReportDetails(null, null, null, null, null, 23), r, "")))
                .containsExactly("homeOfficeOutcome");
    }
}
