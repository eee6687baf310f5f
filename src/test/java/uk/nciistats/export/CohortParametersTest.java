package uk.nciistats.export;

import org.junit.jupiter.api.Test;
import uk.nciistats.cohort.AskedQuestion;
import uk.nciistats.cohort.AskedQuestion.Band;
import uk.nciistats.cohort.Dimension;
import uk.nciistats.cohort.ShareBase;
import uk.nciistats.errors.ValidationException;
import uk.nciistats.returns.Outcome;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** URL parameters translated into the cohort package's question; the question's own rules are CohortQuestionRulesTest's. */
class CohortParametersTest {

    private static AskedQuestion asked(Map<String, List<String>> parameters) {
        return CohortParameters.of(parameters, CohortExport.PARAMETERS).asked();
    }

    private static String refusedField(Map<String, List<String>> parameters) {
        return catchThrowableOfType(() -> asked(parameters), ValidationException.class).field();
    }

    @Test
    void theContractsExampleReadsAsTheCohortStatsArguments() {
        var asked = asked(Map.of("groupBy", List.of("FORCE,AGE_BAND"), "from", List.of("2016-01-01"),
                "bands", List.of("0-17,18-24,25+")));

        assertThat(asked.groupBy()).containsExactly(Dimension.FORCE, Dimension.AGE_BAND);
        assertThat(asked.filter().from()).isEqualTo(LocalDate.of(2016, 1, 1));
        assertThat(asked.ageBands()).containsExactly(new Band(0, 17), new Band(18, 24), new Band(25, null));
        assertThat(asked.filter().forces()).isNull();
        assertThat(asked.shareBase()).isNull();
    }

    @Test
    void listsMayRepeatOrUseCommas() {
        var asked = asked(Map.of("outcomes", List.of("charged", "CAUTION, no_further_action"),
                "ages", List.of("16"), "shareBase", List.of("known")));

        assertThat(asked.filter().outcomes()).containsExactly(Outcome.CHARGED, Outcome.CAUTION, Outcome.NO_FURTHER_ACTION);
        assertThat(asked.filter().forces()).isNull();
        assertThat(asked.filter().ageBands()).containsExactly(new Band(16, 16));
        assertThat(asked.shareBase()).isEqualTo(ShareBase.KNOWN);
    }

    @Test
    void aParameterSentWithoutAValueIsRefusedRatherThanMeaningEverything() {
        assertThat(refusedField(Map.of("forces", List.of("")))).isEqualTo("forces");
        assertThat(refusedField(Map.of("outcomes", List.of(" , ")))).isEqualTo("outcomes");
        assertThat(refusedField(Map.of("bands", List.of("0-17"), "ageBands", List.of("0-17")))).isEqualTo("ageBands");
        assertThat(asked(Map.of("groupBy", List.of(""))).groupBy()).isNull();
    }

    @Test
    void textThatIsNoValueIsRefusedNamingTheArgumentItStandsFor() {
        assertThat(refusedField(Map.of("to", List.of("31/12/2016")))).isEqualTo("filter.to");
        assertThat(refusedField(Map.of("genders", List.of("F")))).isEqualTo("filter.genders");
        assertThat(refusedField(Map.of("groupBy", List.of("WEEK")))).isEqualTo("groupBy");
        assertThat(refusedField(Map.of("shareBase", List.of("PARENT", "KNOWN")))).isEqualTo("shareBase");
        assertThat(refusedField(Map.of("group", List.of("FORCE")))).isEqualTo("group");
    }

    @Test
    void bandsAreHandedOnAsWrittenForTheCohortRulesToCheck() {
        var asked = asked(Map.of("ages", List.of("0-17", "old", "130-140"), "ageBands", List.of("20-10")));

        assertThat(asked.filter().ageBands())
                .containsExactly(new Band(0, 17), new Band(null, null, "old"), new Band(130, 140));
        assertThat(asked.ageBands()).containsExactly(new Band(20, 10));
    }

    @Test
    void aPlusInTheUrlIsAPlusAndPercentEscapesAreDecoded() {
        var parameters = CohortParameters.query("groupBy=FORCE&bands=0-17,25+&regions=South%20East&regions=Wales&flag");

        assertThat(parameters).containsExactly(Map.entry("groupBy", List.of("FORCE")),
                Map.entry("bands", List.of("0-17,25+")), Map.entry("regions", List.of("South East", "Wales")),
                Map.entry("flag", List.of("")));
        var asked = new java.util.LinkedHashMap<>(parameters);
        asked.remove("flag");
        assertThat(CohortParameters.of(asked, java.util.Set.of("groupBy", "bands", "regions")).asked().ageBands())
                .containsExactly(new Band(0, 17), new Band(25, null));
    }
}
