package uk.nciistats.cohort;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DisclosureTest {
    private final Disclosure disclosure = new Disclosure(5);

    private static CohortAnswer.Row row(List<Object> keys, long count, Bounds parent) {
        return new CohortAnswer.Row(keys, Bounds.exactly(count), parent, null);
    }

    @Test
    void theOneRowOfAnUngroupedQuestionIsWithheldWhenSmallAndShownOtherwise() {
        var small = disclosure.rows(List.of(row(List.of(), 3, null)));
        var large = disclosure.rows(List.of(row(List.of(), 30, null)));

        assertThat(small).singleElement().satisfies(s -> assertThat(s.withheld()).isTrue());
        assertThat(large).singleElement().satisfies(s -> assertThat(s.withheld()).isFalse());
    }

    @Test
    void aLoneWithheldSiblingTakesTheSmallestOtherSiblingWithIt() {
        var parent = Bounds.exactly(42);
        var shown = disclosure.rows(List.of(row(List.of("0-17"), 3, parent), row(List.of("18-29"), 20, parent),
                row(List.of("30+"), 19, parent)));

        assertThat(shown).extracting(Disclosure.Shown::withheld).containsExactly(true, false, true);
    }
}
