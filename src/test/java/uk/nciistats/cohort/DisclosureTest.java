package uk.nciistats.cohort;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DisclosureTest {
    private final PerturbationTable table = PerturbationTable.parse(PerturbationTable.DEFAULT, 2);
    private final Disclosure disclosure = new Disclosure(table, 5);

    private static CohortAnswer.Figure figure(long low, long high, int key) {
        return new CohortAnswer.Figure(new Bounds(low, high), key);
    }

    @Test
    void theDefaultTableMovesEveryFigureByItsCellKeysBand() {
        assertThat(table.noise(40, 0)).isEqualTo(-2);
        assertThat(table.noise(40, 15)).isEqualTo(-2);
        assertThat(table.noise(40, 16)).isEqualTo(-1);
        assertThat(table.noise(40, 79)).isEqualTo(-1);
        assertThat(table.noise(40, 80)).isZero();
        assertThat(table.noise(40, 175)).isZero();
        assertThat(table.noise(40, 176)).isEqualTo(1);
        assertThat(table.noise(40, 239)).isEqualTo(1);
        assertThat(table.noise(40, 240)).isEqualTo(2);
        assertThat(table.noise(40, 255)).isEqualTo(2);
    }

    @Test
    void theDefaultTableHasMeanZeroAndVarianceOneForEveryValueAndLeavesAZeroAlone() {
        for (long value : new long[] {1, 2, 3, 7, 1000}) {
            long sum = 0;
            long squares = 0;
            for (int key = 0; key < 256; key++) {
                sum += table.noise(value, key);
                squares += (long) table.noise(value, key) * table.noise(value, key);
            }
            assertThat(sum).as("sum of noise for %d", value).isZero();
            assertThat(squares).as("sum of squares for %d", value).isEqualTo(256);
        }
        for (int key = 0; key < 256; key++) {
            assertThat(table.noise(0, key)).isZero();
        }
    }

    @Test
    void aTableThatMissesAKeyOrExceedsTheNoiseOrIsBiasedIsRefusedWithTheReason() {
        assertThatThrownBy(() -> PerturbationTable.parse("1+: 0-14=-2, 16-79=-1, 80-175=0, 176-239=+1, 240-255=+2", 2))
                .hasMessageContaining("no noise for key 15");
        assertThatThrownBy(() -> PerturbationTable.parse("1+: 0-15=-3, 16-79=-1, 80-175=0, 176-239=+1, 240-255=+3", 2))
                .hasMessageContaining("exceeds ±2");
        assertThatThrownBy(() -> PerturbationTable.parse("1+: 0-15=-1, 16-79=-1, 80-175=0, 176-239=+1, 240-255=+2", 2))
                .hasMessageContaining("average zero");
        assertThatThrownBy(() -> PerturbationTable.parse("1: 0-255=0", 2)).hasMessageContaining("'+'");
        assertThatThrownBy(() -> PerturbationTable.parse("1+: 0-255=0; 2+: 0-255=0", 2)).hasMessageContaining("last");
    }

    @Test
    void aTableMayGiveSmallValuesTheirOwnRows() {
        var own = PerturbationTable.parse("1: 0-127=0, 128-255=+1; 2+: 0-127=-1, 128-255=+1", 1);

        assertThat(own.noise(1, 200)).isEqualTo(1);
        assertThat(own.noise(1, 3)).isZero();
        assertThat(own.noise(9, 3)).isEqualTo(-1);
    }

    @Test
    void aFigureIsMovedByTheNoiseOfItsCellKeyAndNeverMarkedExact() {
        var shown = disclosure.count(figure(40, 40, 250));

        assertThat(shown.bounds()).isEqualTo(Bounds.exactly(42));
        assertThat(shown.exact()).isFalse();
        assertThat(disclosure.count(figure(40, 40, 100)).bounds()).isEqualTo(Bounds.exactly(40));
    }

    @Test
    void bothBoundsOfARangeMoveTogetherAndALowOfZeroStaysZero() {
        assertThat(disclosure.count(figure(30, 107, 0)).bounds()).isEqualTo(new Bounds(28, 105));
        assertThat(disclosure.count(figure(0, 107, 250)).bounds()).isEqualTo(new Bounds(0, 109));
    }

    @Test
    void withATableOfRowsPerValueBothBoundsMoveByTheNoiseOfTheHighBound() {
        var own = new Disclosure(PerturbationTable.parse("1: 0-255=+1; 2+: 0-127=-1, 128-255=+1", 1), 1);

        assertThat(own.count(figure(2, 9, 3)).bounds()).isEqualTo(new Bounds(1, 8));
        assertThat(own.count(figure(1, 9, 3)).suppressed()).as("a low of 1 never shows as 0").isTrue();
        assertThat(own.count(figure(1, 9, 200)).bounds()).isEqualTo(new Bounds(2, 10));
    }

    @Test
    void aFigureThatComesOutBelowTheThresholdIsWithheldAndSoIsARangeWhoseLowDoes() {
        assertThat(disclosure.count(figure(6, 6, 0)).suppressed()).isTrue();  // 6 - 2 = 4
        assertThat(disclosure.count(figure(6, 6, 100)).suppressed()).isFalse();
        assertThat(disclosure.count(figure(3, 111, 100)).suppressed()).isTrue(); // the low bound 3 would be a count
        assertThat(disclosure.count(figure(1, 1, 0)).suppressed()).isTrue();   // never shown as 0 either
        assertThat(disclosure.count(figure(0, 0, 0)).bounds()).isEqualTo(Bounds.ZERO);
    }

    @Test
    void sharesOfAViewerAreComputedFromPerturbedCountsAndAreNullWhenEitherIsWithheld() {
        var row = new CohortAnswer.Row(List.of("0-17"), figure(9, 9, 250), figure(42, 42, 100),
                new CohortAnswer.Share(9 / 42.0, 9 / 42.0));
        var small = new CohortAnswer.Row(List.of("18+"), figure(3, 3, 100), figure(42, 42, 100),
                new CohortAnswer.Share(3 / 42.0, 3 / 42.0));
        var stats = disclosure.stats(new CohortAnswer(figure(42, 42, 100), List.of(row, small), List.of()));

        assertThat(stats.rows().get(0).share().low()).isEqualTo(11 / 42.0);
        assertThat(stats.rows().get(1).count().suppressed()).isTrue();
        assertThat(stats.rows().get(1).share()).isNull();
        assertThat(stats.notes()).singleElement().asString().contains("perturbed by up to ±2");
    }

    @Test
    void aViewersAgeStatisticsShowNoMinOrMaxAndNoMeanBelowTenVictims() {
        var many = disclosure.ages(new AgeStats.Truth(40, 40 * 23, 12, 61, 22, 100), figure(50, 50, 100));
        var few = disclosure.ages(new AgeStats.Truth(8, 8 * 15, 12, 17, 15, 100), figure(50, 50, 100));

        assertThat(many.count()).isEqualTo(40);
        assertThat(many.min()).isNull();
        assertThat(many.max()).isNull();
        assertThat(many.mean()).isEqualTo(Math.rint(many.mean()));
        assertThat(many.coverage()).isEqualTo(40 / 50.0);
        assertThat(few.count()).isEqualTo(8);
        assertThat(few.mean()).isNull();
        assertThat(few.median()).isNull();
    }

    @Test
    void aWithheldAgeCountTakesItsCoverageWithIt() {
        var withheld = disclosure.ages(new AgeStats.Truth(3, 45, 14, 16, 15, 7), figure(200, 200, 100));

        assertThat(withheld.count()).isNull();
        assertThat(withheld.coverage()).isNull();
    }
}
