package uk.nciistats.console.layout;

import org.junit.jupiter.api.Test;
import uk.nciistats.returns.Gender;
import uk.nciistats.returns.Platform;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TypedChoiceTest {
    private static final List<Platform> PLATFORMS = List.of(Platform.values());

    private static String label(Enum<?> e) {
        var words = e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    @Test
    void partOfANameTakesTheItemWhoseLabelStartsWithItInAnyLetterCase() {
        assertThat(TypedChoice.bestByLabel(PLATFORMS, TypedChoiceTest::label, "snap")).contains(Platform.SNAPCHAT);
        assertThat(TypedChoice.bestByLabel(PLATFORMS, TypedChoiceTest::label, " INSTA ")).contains(Platform.INSTAGRAM);
    }

    @Test
    void aWholeLabelWinsOverALabelThatContainsIt() {
        var genders = List.of(Gender.values());
        assertThat(TypedChoice.bestByLabel(genders, TypedChoiceTest::label, "male")).contains(Gender.MALE);
        assertThat(TypedChoice.bestByLabel(genders, TypedChoiceTest::label, "fem")).contains(Gender.FEMALE);
    }

    @Test
    void aTextInsideALabelIsTakenWhenNoLabelStartsWithIt() {
        assertThat(TypedChoice.bestByLabel(List.of("Date reported", "Age of victim"), s -> s, "victim"))
                .contains("Age of victim");
    }

    @Test
    void aTextNoLabelHoldsOrNothingTypedTakesNothing() {
        assertThat(TypedChoice.bestByLabel(PLATFORMS, TypedChoiceTest::label, "tiktok")).isEqualTo(Optional.empty());
        assertThat(TypedChoice.bestByLabel(PLATFORMS, TypedChoiceTest::label, "  ")).isEmpty();
    }
}
