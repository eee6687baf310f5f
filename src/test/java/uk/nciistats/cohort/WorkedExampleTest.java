package uk.nciistats.cohort;

import org.junit.jupiter.api.Test;
import uk.nciistats.returns.AgeRange;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/** §12 of the cohort semantics: Kent and the Metropolitan Police, answered in different shapes. */
class WorkedExampleTest {
    private static final List<AgeRange> UNDER_18_AND_ADULTS = List.of(new AgeRange(0, 17, false), new AgeRange(18, 120, true));

    private static CohortQuestion question(List<Dimension> groupBy) {
        return new CohortQuestion(null, null, null, null, null, LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31),
                null, null, null, null, groupBy, UNDER_18_AND_ADULTS, ShareBase.PARENT);
    }

    @Test
    void byForceAndAgeBandKentIsExactAndTheMetIsARange() {
        var answer = CohortEngine.answer(question(List.of(Dimension.FORCE, Dimension.AGE_BAND)), Facts.kentAndMet(), true);

        assertThat(answer.rows()).extracting(r -> r.keys().get(0) + " " + label(r.keys().get(1)) + " " + r.count().count())
                .containsExactly(
                        "E23000001 0-17 Bounds[low=0, high=107]",
                        "E23000001 18+ Bounds[low=340, high=447]",
                        "E23000001 UNKNOWN Bounds[low=6, high=6]",
                        "E23000032 0-17 Bounds[low=9, high=9]",
                        "E23000032 18+ Bounds[low=33, high=33]");
        var kentUnder18 = answer.rows().get(3);
        assertThat(kentUnder18.share().low()).isCloseTo(0.214, within(0.001));
        assertThat(kentUnder18.share().high()).isCloseTo(0.214, within(0.001));
    }

    @Test
    void byAgeBandAloneTheRangesAddUp() {
        var answer = CohortEngine.answer(question(List.of(Dimension.AGE_BAND)), Facts.kentAndMet(), true);

        assertThat(answer.rows()).extracting(r -> label(r.keys().get(0)) + " " + r.count().count().low() + ".." + r.count().count().high())
                .containsExactly("0-17 9..116", "18+ 373..480", "UNKNOWN 6..6");
        assertThat(answer.total().count()).isEqualTo(Bounds.exactly(495));
    }

    @Test
    void theNotesNameTheMetsStraddlingBand() {
        var answer = CohortEngine.answer(question(List.of(Dimension.AGE_BAND)), Facts.kentAndMet(), true);

        assertThat(answer.notes()).anySatisfy(n -> assertThat(n).contains("Metropolitan Police")
                .contains("10-19").contains("107").contains("0-17"));
        assertThat(answer.notes()).noneSatisfy(n -> assertThat(n).startsWith("Kent"));
    }

    @Test
    void theWorkedExampleIsBuiltAlikeHoweverManyTestsBuiltItBefore() {
        Facts.kentAndMet();

        assertThat(Facts.kentAndMet()).extracting(ReturnFacts::id, ReturnFacts::forceCode)
                .containsExactly(tuple(1L, "E23000032"), tuple(2L, "E23000001"));
    }

    private static String label(Object band) {
        return band == null ? "UNKNOWN" : ((AgeRange) band).label();
    }
}
