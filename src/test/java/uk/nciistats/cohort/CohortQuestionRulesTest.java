package uk.nciistats.cohort;

import org.junit.jupiter.api.Test;
import uk.nciistats.cohort.AskedQuestion.Band;
import uk.nciistats.cohort.AskedQuestion.Filter;
import uk.nciistats.errors.ValidationException;
import uk.nciistats.reference.Country;
import uk.nciistats.reference.Force;
import uk.nciistats.reference.Offence;
import uk.nciistats.reference.ReferenceCatalog;
import uk.nciistats.returns.AgeRange;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The one set of rules every cohort question passes, however it was asked (GraphQL, CSV, OData, Grafana, dashboard). */
class CohortQuestionRulesTest {
    private static final CohortQuestionRules RULES = new CohortQuestionRules(ReferenceCatalog.of(
            List.of(new Force("E23000032", "Kent Police", "Kent", Country.ENGLAND, "South East")),
            List.of(new Offence("CJCA2015-S33", "008/71", "Disclosing…", "CJCA 2015 s.33",
                    LocalDate.of(2015, 4, 13), null))));

    private static Filter filter(List<String> forces, LocalDate from, LocalDate to, List<Band> ageBands) {
        return new Filter(forces, null, null, null, from, to, ageBands, null, null, null, null);
    }

    private static ValidationException refusal(AskedQuestion asked) {
        return catchThrowableOfType(() -> RULES.question(asked), ValidationException.class);
    }

    private static ValidationException refusalOfBands(Band... bands) {
        return refusal(new AskedQuestion(null, null, List.of(bands), null));
    }

    @Test
    void aQuestionLeftOutAsksForEverythingWithTheDefaultBands() {
        var question = RULES.question(AskedQuestion.filtered(null));

        assertThat(question.forces()).isNull();
        assertThat(question.groupBy()).isEmpty();
        assertThat(question.bands()).isEqualTo(CohortQuestion.DEFAULT_BANDS);
        assertThat(question.shareBase()).isEqualTo(ShareBase.PARENT);
    }

    @Test
    void aForceCodeIsMatchedWhateverItsCaseAndAnUnknownOneIsRefusedNamingIt() {
        assertThat(RULES.question(AskedQuestion.filtered(filter(List.of("e23000032"), null, null, null))).forces())
                .containsExactly("E23000032");

        var refusal = refusal(AskedQuestion.filtered(filter(List.of("E23000099"), null, null, null)));

        assertThat(refusal.field()).isEqualTo("filter.forces");
        assertThat(refusal.getMessage()).contains("E23000099");
    }

    @Test
    void anEmptyListIsRefusedRatherThanSelectingNothing() {
        assertThat(refusal(AskedQuestion.filtered(filter(List.of(), null, null, null))).field())
                .isEqualTo("filter.forces");
        assertThat(refusalOfBands().field()).isEqualTo("ageBands");
    }

    @Test
    void fromAfterToIsRefusedOnFrom() {
        var refusal = refusal(AskedQuestion.filtered(filter(null, LocalDate.of(2017, 1, 1), LocalDate.of(2016, 1, 1), null)));

        assertThat(refusal.field()).isEqualTo("filter.from");
        assertThat(refusal.getMessage()).contains("2017-01-01", "2016-01-01");
    }

    @Test
    void aBandWrittenAsTextBecomesTheSameBandAsOneGivenByItsBounds() {
        var written = RULES.question(new AskedQuestion(null, null,
                List.of(Band.written("0-17"), Band.written("25+"), Band.written("16")), null));
        var bounded = RULES.question(new AskedQuestion(null, null,
                List.of(new Band(0, 17), new Band(25, null), new Band(16, 16)), null));

        assertThat(written.bands()).isEqualTo(bounded.bands())
                .containsExactly(new AgeRange(0, 17, false), new AgeRange(25, 120, true), new AgeRange(16, 16, false));
    }

    @Test
    void textThatIsNoBandIsRefusedNamingTheBandAndTheText() {
        var refusal = refusalOfBands(Band.written("0-17"), Band.written("old"));

        assertThat(refusal.field()).isEqualTo("ageBands[1]");
        assertThat(refusal.getMessage()).contains("'old'", "LO-HI");
        assertThat(refusal(AskedQuestion.filtered(filter(null, null, null, List.of(Band.written("0 to 17"))))).field())
                .isEqualTo("filter.ageBands[0]");
    }

    @Test
    void everyBadBandIsRefusedNamingItsPlace() {
        assertThat(refusalOfBands(Band.written("20-10")).getMessage()).contains("min (20) is greater than max (10)");
        assertThat(refusalOfBands(new Band(0, 17), Band.written("130+")).field()).isEqualTo("ageBands[1]");
        assertThat(refusalOfBands(new Band(-1, 17)).getMessage()).contains("at least 0");
        assertThat(refusalOfBands(Band.written("0-17"), new Band(0, 17)).getMessage()).contains("0-17 is asked twice");
    }

    @Test
    void aDimensionAskedTwiceOrTwoCalendarDimensionsAreRefusedOnGroupBy() {
        assertThat(refusal(new AskedQuestion(null, List.of(Dimension.FORCE, Dimension.FORCE), null, null)).field())
                .isEqualTo("groupBy");
        assertThat(refusal(new AskedQuestion(null, List.of(Dimension.YEAR, Dimension.MONTH), null, null)).field())
                .isEqualTo("groupBy");
    }
}
