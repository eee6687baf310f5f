package uk.nciistats.dataimport.spreadsheet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.nciistats.returns.AgeRange;
import uk.nciistats.returns.Outcome;
import uk.nciistats.returns.Platform;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FieldGrammarTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Facebook|facebook", "  facebook |facebook", "FACEBOOK|facebook",
            "Plenty  of\tFish|plenty of fish", "no\u00A0action|no action", "''|''"})
    void caseAndSpacingVariantsOfATextAreOneValue(String text, String normalised) {
        assertThat(CellText.normalise(text)).isEqualTo(normalised);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"10 to 19|10|19", "10-19|10|19", "10 - 19|10|19", "10–19|10|19",
            "under 20|0|19", "under 16|0|15", "<18|0|17", "60+|60|120", "60 and over|60|120", "50 or older|50|120"})
    void ageBandsWrittenInTheUsualWaysAreRead(String text, int min, int max) {
        var band = FieldGrammar.band(text).orElseThrow();

        assertThat(band.min()).isEqualTo(min);
        assertThat(band.max()).isEqualTo(max);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1520", "2130", "teens", "19 to 10", "under 0", "10 to 130"})
    void aBandThatCouldMeanSeveralThingsOrNothingIsNotRead(String text) {
        assertThat(FieldGrammar.band(text)).isEmpty();
    }

    @Test
    void anOpenBandIsLabelledWithAPlus() {
        assertThat(FieldGrammar.band("60 and over").map(AgeRange::label)).contains("60+");
        assertThat(FieldGrammar.band("under 20").map(AgeRange::label)).contains("0-19");
    }

    @Test
    void monthNamesWithoutAYearAreReadAsMonthsInFullOrShort() {
        assertThat(FieldGrammar.date("november")).contains(new DateText.MonthOnly(Month.NOVEMBER));
        assertThat(FieldGrammar.date("nov")).contains(new DateText.MonthOnly(Month.NOVEMBER));
        assertThat(FieldGrammar.date("sept")).contains(new DateText.MonthOnly(Month.SEPTEMBER));
        assertThat(FieldGrammar.date("november 2015")).contains(new DateText.MonthOfYear(YearMonth.of(2015, 11)));
        assertThat(FieldGrammar.date("novembr")).isEmpty();
    }

    @Test
    void daysAreReadAsIsoOrBritishDayMonthYear() {
        assertThat(FieldGrammar.date("2015-11-05")).contains(new DateText.Day(LocalDate.of(2015, 11, 5)));
        assertThat(FieldGrammar.date("5/11/2015")).contains(new DateText.Day(LocalDate.of(2015, 11, 5)));
        assertThat(FieldGrammar.date("31/02/2015")).isEmpty();
    }

    @Test
    void outcomesAndPlatformsAreReadByTheirNamesOnly() {
        assertThat(FieldGrammar.named("no further action", Outcome.class)).contains(Outcome.NO_FURTHER_ACTION);
        assertThat(FieldGrammar.named("no_further_action", Outcome.class)).contains(Outcome.NO_FURTHER_ACTION);
        assertThat(FieldGrammar.named("no action", Outcome.class)).isEmpty();
        assertThat(FieldGrammar.platforms("facebook; instagram")).contains(Set.of(Platform.FACEBOOK, Platform.INSTAGRAM));
        assertThat(FieldGrammar.platforms("facebook; myspace")).isEmpty();
    }

    @Test
    void aForceIsReadByItsCodeNameOrShortNameButNotByAFreeSpelling() {
        assertThat(FieldGrammar.force("e23000032", KnownForces.ALL)).contains("E23000032");
        assertThat(FieldGrammar.force("kent police", KnownForces.ALL)).contains("E23000032");
        assertThat(FieldGrammar.force("west mercia", KnownForces.ALL)).contains("E23000016");
        assertThat(FieldGrammar.force("met police", KnownForces.ALL)).isEmpty();
    }
}
