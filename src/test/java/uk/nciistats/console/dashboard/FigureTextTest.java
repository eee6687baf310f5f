package uk.nciistats.console.dashboard;

import org.junit.jupiter.api.Test;
import uk.nciistats.export.CohortTable;

import static org.assertj.core.api.Assertions.assertThat;

class FigureTextTest {

    private static CohortTable.Row row(Long low, Long high, boolean suppressed, Double shareLow, Double shareHigh) {
        return new CohortTable.Row(null, null, null, null, null, null, "0-17", 0, 17, null, null, null, low, high,
                low != null && low.equals(high), suppressed, shareLow, shareHigh, 43, 31);
    }

    @Test
    void anExactCountIsOneNumberWithThousandsSeparated() {
        var row = row(1169L, 1169L, false, 1.0, 1.0);

        assertThat(FigureText.count(row)).isEqualTo("1,169");
        assertThat(FigureText.share(row)).isEqualTo("100.0%");
        assertThat(FigureText.range(row)).isFalse();
    }

    @Test
    void aRangeIsWrittenFromItsLowToItsHighBound() {
        var row = row(9L, 116L, false, 9.0 / 495, 116.0 / 495);

        assertThat(FigureText.count(row)).isEqualTo("9 to 116");
        assertThat(FigureText.share(row)).isEqualTo("1.8% to 23.4%");
        assertThat(FigureText.range(row)).isTrue();
    }

    @Test
    void aWithheldFigureSaysSoAndIsNeverZero() {
        var row = row(null, null, true, null, null);

        assertThat(FigureText.count(row)).isEqualTo("withheld");
        assertThat(FigureText.share(row)).isEqualTo("withheld");
        assertThat(FigureText.range(row)).isFalse();
    }
}
