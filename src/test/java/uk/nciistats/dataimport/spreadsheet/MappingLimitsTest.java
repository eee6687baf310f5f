package uk.nciistats.dataimport.spreadsheet;

import org.junit.jupiter.api.Test;
import uk.nciistats.errors.ValidationException;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MappingLimitsTest {
    @Test
    void aMappingMayKeepAHomeOfficeOutcomeWrittenWithItsWholeTitle() {
        var mapping = Mapping.empty("ho").withValue(Field.OUTCOME,
                "Outcome 15 - Evidential difficulties: suspect identified; victim supports action", "outcome 15");

        assertThatCode(() -> MappingLimits.check(mapping)).doesNotThrowAnyException();
    }

    @Test
    void aLongTextThatIsNotAHomeOfficeTitleIsStillRefused() {
        var mapping = Mapping.empty("ho").withValue(Field.OUTCOME,
                "Outcome 15 - Mrs Jane Example of 12 Any Street said she would not go to court", "outcome 15");

        assertThatThrownBy(() -> MappingLimits.check(mapping)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("longer than 60 characters");
    }
}
