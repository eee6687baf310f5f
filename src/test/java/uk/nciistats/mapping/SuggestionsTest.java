package uk.nciistats.mapping;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SuggestionsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "FORCE|met police|E23000001", "FORCE|gloucester police|E23000037", "FORCE|cheshire police|E23000006",
            "FORCE|durham police|E23000008", "DATE|novembr|november", "AGE_BAND|1520|15-20", "AGE_BAND|2130|21-30",
            "GENDER|f|FEMALE", "GENDER|m|MALE", "OUTCOME|charge|CHARGED", "OUTCOME|no action|NO_FURTHER_ACTION",
            "OUTCOME|ongoing|UNDER_INVESTIGATION", "OUTCOME|harassment order|OTHER",
            "PLATFORMS|mobile phone|OTHER", "PLATFORMS|snapchatt|SNAPCHAT", "PLATFORMS|fb|FACEBOOK",
            "AGE|n/k|''"})
    void aLikelyMeaningIsProposedForTextTheGrammarDoesNotRead(Field field, String text, String target) {
        assertThat(Suggestions.forValue(field, text, KnownForces.ALL)).map(Suggestion::target).contains(target);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"FORCE|north", "FORCE|police", "DATE|someday", "AGE|old", "AGE_BAND|2015"})
    void nothingIsProposedWhereNothingIsLikely(Field field, String text) {
        assertThat(Suggestions.forValue(field, text, KnownForces.ALL)).isEmpty();
    }
}
