package uk.nciistats.dataimport.interchange;

import org.junit.jupiter.api.Test;
import uk.nciistats.returns.Gender;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ValuesTest {

    @Test
    void onlyIsoDatesOfRealDaysAreDates() {
        assertThat(Values.date("2016-02-29")).isEqualTo(LocalDate.of(2016, 2, 29));
        assertThat(Values.date("2015-02-29")).isNull();
        assertThat(Values.date("2016-13-01")).isNull();
        assertThat(Values.date("01/02/2016")).isNull();
        assertThat(Values.date("2016-1-01")).isNull();
        assertThat(Values.date("2016-01-0x")).isNull();
    }

    @Test
    void wholeNumbersAreDecimalIntegers() {
        assertThat(Values.wholeNumber("300")).isEqualTo(300);
        assertThat(Values.wholeNumber("-1")).isEqualTo(-1);
        assertThat(Values.wholeNumber("12.5")).isNull();
        assertThat(Values.wholeNumber("99999999999")).isNull();
        assertThat(Values.wholeNumber("")).isNull();
    }

    @Test
    void enumNamesAreReadInAnyCase() {
        var genders = new Values.Names<>(Gender.class);
        assertThat(genders.of("FEMALE")).isEqualTo(Gender.FEMALE);
        assertThat(genders.of("female")).isEqualTo(Gender.FEMALE);
        assertThat(genders.of("F")).isNull();
        assertThat(genders.list()).isEqualTo("FEMALE, MALE, OTHER, UNKNOWN");
    }
}
