package uk.nciistats.dataimport.spreadsheet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.nciistats.returns.HomeOfficeOutcome;

import static org.assertj.core.api.Assertions.assertThat;

class SuggestionsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "FORCE|met police|E23000001", "FORCE|gloucester police|E23000037", "FORCE|cheshire police|E23000006",
            "FORCE|durham police|E23000008", "DATE|novembr|november", "AGE_BAND|1520|15-20", "AGE_BAND|2130|21-30",
            "GENDER|f|FEMALE", "GENDER|m|MALE", "OUTCOME|charge|CHARGED", "OUTCOME|no action|NO_FURTHER_ACTION",
            "OUTCOME|ongoing|UNDER_INVESTIGATION", "PLATFORMS|mobile phone|OTHER", "PLATFORMS|snapchatt|SNAPCHAT",
            "PLATFORMS|fb|FACEBOOK", "AGE|n/k|''"})
    void aLikelyMeaningIsProposedForTextTheGrammarDoesNotRead(Field field, String text, String target) {
        assertThat(suggested(field, text)).isEqualTo(target);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "outcome 1 - charged/summonsed|1", "outcome 15 - evidential difficulties: suspect identified; victim supports"
            + " action|15", "outcome 16 - evidential difficulties…|16", "outcome 8|8", "outcome: 3|3",
            "outcome type 21|21", "home office outcome 0|0", "ho outcome 18|18", "oc15|15", "oc 8|8", "o/c 14|14",
            "oc1a|1", "15|15", "22|22", "0|0", "15 - evidential difficulties…|15", "1 - charged/summonsed|1",
            "2: caution - youths|2", "(16) victim does not support|16", "outcome 1a postal requisition|1", "1 - charged|1", "oc5 - nfa|5"})
    void aHomeOfficeOutcomeWrittenByItsNumberIsProposedAsThatTypeKeepingTheNumber(String text, int type) {
        assertThat(suggested(Field.OUTCOME, text)).isEqualTo("outcome " + type);
        assertThat(Suggestions.forValue(Field.OUTCOME, text, KnownForces.ALL).orElseThrow().why())
                .contains("Outcome " + type, HomeOfficeOutcome.of(type).orElseThrow().outcome().name());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "evidential difficulties: victim does not support action|16",
            "evidential difficulties - suspect identified - victim supports action|15",
            "evidential difficulties: suspect not identified; victim does not support further action|14",
            "charged/summonsed|1", "caution - adults|3", "adult caution|3", "youth caution|2",
            "investigation complete - no suspect identified|18", "taken into consideration|4",
            "prosecution time limit expired|17", "penalty notice for disorder|6", "offender died|5",
            "prosecution prevented - suspect under age|11", "action undertaken by another body/agency|20",
            "diversionary, educational or intervention activity|22", "cannabis/khat warning|7",
            "prosecution not in the public interest (cps)|9"})
    void aHomeOfficeOutcomeWrittenByItsTitleAloneIsProposedAsThatType(String text, int type) {
        assertThat(suggested(Field.OUTCOME, text)).isEqualTo("outcome " + type);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "facebook messenger|FACEBOOK", "messenger|FACEBOOK", "fb messenger|FACEBOOK", "face book|FACEBOOK",
            "insta|INSTAGRAM", "ig|INSTAGRAM", "instagramm|INSTAGRAM", "snap|SNAPCHAT", "snap chat|SNAPCHAT",
            "x|TWITTER", "twitter/x|TWITTER", "x (twitter)|TWITTER", "x/twitter|TWITTER", "x (formerly twitter)|TWITTER",
            "whats app|WHATSAPP", "what's app|WHATSAPP", "whatsap|WHATSAPP", "tiktok|OTHER", "tik tok|OTHER",
            "telegram|OTHER", "text message|OTHER", "e-mail|OTHER", "onlyfans|OTHER",
            "fb & insta|FACEBOOK; INSTAGRAM", "facebook/instagram|FACEBOOK; INSTAGRAM", "snap + tiktok|SNAPCHAT; OTHER"})
    void platformsAreKnownByTheirNamesAbbreviationsAndSubProducts(String text, String target) {
        assertThat(suggested(Field.PLATFORMS, text)).isEqualTo(target);
    }

    @ParameterizedTest
    @ValueSource(strings = {"n/k", "nk", "not known", "not recorded", "blank", "-", "--", "n/a", "u/k", "unk", "nil",
            "not stated", "not given", "not specified", "none", "?"})
    void theUsualSpellingsOfNotKnownAreProposedAsNotKnownInEveryField(String text) {
        for (var field : Field.values()) {
            assertThat(suggested(field, text)).as(field + " " + text).isEmpty();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"FORCE|north", "FORCE|police", "DATE|someday", "AGE|old", "AGE_BAND|2015",
            "OUTCOME|harassment order", "OUTCOME|outcome 23", "OUTCOME|47", "OUTCOME|evidential difficulties",
            "OUTCOME|2 - no further action", "OUTCOME|oc3 - nfa",
            "OUTCOME|15 - evidential difficulties: victim does not support action"})
    void nothingIsProposedWhereNothingIsLikely(Field field, String text) {
        assertThat(Suggestions.forValue(field, text, KnownForces.ALL)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"PLATFORMS|kik messenger app|OTHER", "PLATFORMS|facebook/zorbl|FACEBOOK; OTHER"})
    void anUnknownPlatformNameIsProposedAsOtherSayingItIsTheCatchAll(Field field, String text, String target) {
        var suggestion = Suggestions.forValue(field, text, KnownForces.ALL).orElseThrow();
        assertThat(suggestion.target()).isEqualTo(target);
        assertThat(suggestion.why()).contains("catch-all");
    }

    private static String suggested(Field field, String text) {
        return Suggestions.forValue(field, CellText.normalise(text), KnownForces.ALL).map(Suggestion::target)
                .orElse("(none)");
    }
}
