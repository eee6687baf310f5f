package uk.nciistats.console.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentencesTest {

    @Test
    void aRefusalBecomesASentenceWithACapitalAndAFullStop() {
        assertThat(Sentences.of("a password needs at least 12 characters"))
                .isEqualTo("A password needs at least 12 characters.");
        assertThat(Sentences.of("Four eyes: you changed return 'KENT-2016' last.")).isEqualTo("Four eyes: you changed return 'KENT-2016' last.");
    }

    @Test
    void theFieldPathsOfASecondAndThirdProblemAreLeftOutAndTheirWordsKept() {
        var refusal = "the period ends before it starts; input.source: say where the figures came from;"
                + " cells[3].count: a count is 0 or more; reports[0].victimAge: an age is at most 120";

        assertThat(Sentences.of(refusal)).isEqualTo("The period ends before it starts; say where the figures came from;"
                + " a count is 0 or more; an age is at most 120.");
    }

    @Test
    void wordsBeforeAColonThatAreNoPathStay() {
        assertThat(Sentences.inWords("not saved; note: the TOTAL is 42; and 3 more problems"))
                .isEqualTo("not saved; note: the TOTAL is 42; and 3 more problems");
    }
}
