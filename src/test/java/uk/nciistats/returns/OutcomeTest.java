package uk.nciistats.returns;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class OutcomeTest {

    @ParameterizedTest(name = "Home Office outcome type {0} is {1}")
    @CsvSource({"0, UNDER_INVESTIGATION", "1, CHARGED", "2, CAUTION", "3, CAUTION", "4, OTHER", "5, NO_FURTHER_ACTION",
            "6, OTHER", "7, OTHER", "8, COMMUNITY_RESOLUTION", "9, NO_FURTHER_ACTION", "14, NO_FURTHER_ACTION",
            "18, NO_FURTHER_ACTION", "19, OTHER", "20, OTHER", "21, NO_FURTHER_ACTION", "22, OTHER"})
    void homeOfficeOutcomeTypesMapAsTheContractSays(int type, Outcome outcome) {
        assertThat(Outcome.ofHomeOfficeType(type)).contains(outcome);
    }

    @ParameterizedTest(name = "{0} is not a Home Office outcome type")
    @CsvSource({"-1", "23", "99"})
    void numbersOutsideZeroToTwentyTwoAreNoOutcome(int type) {
        assertThat(Outcome.ofHomeOfficeType(type)).isEmpty();
    }
}
