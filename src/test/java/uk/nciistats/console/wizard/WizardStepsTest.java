package uk.nciistats.console.wizard;

import org.junit.jupiter.api.Test;
import uk.nciistats.dataimport.spreadsheet.Field;
import uk.nciistats.dataimport.spreadsheet.ReturnDefaults;
import uk.nciistats.dataimport.spreadsheet.Suggestion;
import uk.nciistats.dataimport.spreadsheet.UnmappedValue;
import uk.nciistats.reference.Country;
import uk.nciistats.reference.Force;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The wizard's steps without a server: they take data, and say what the user did by events. */
class WizardStepsTest {
    private static final Force KENT = new Force("E23000032", "Kent Police", "Kent", Country.ENGLAND, "South East");

    @Test
    void theForceBoxFindsAForceByItsGssCodeFullNameOrShortName() {
        assertThat(List.of("E23000032", "e2300003", "Kent Police", "kent police", "Kent", "ken"))
                .allMatch(typed -> ReturnsStep.forceMatches(KENT, typed));
        assertThat(ReturnsStep.forceMatches(KENT, "Surrey")).isFalse();
    }

    @Test
    void everyHomeOfficeOutcomeTypeIsOfferedAsAMeaningWithItsTitleAndTheOutcomeItCountsAs() {
        var choices = new MeaningChoices(List.of(KENT));

        assertThat(choices.of(Field.OUTCOME)).contains("NO_FURTHER_ACTION", "outcome 0", "outcome 15", "outcome 22");
        assertThat(choices.label(Field.OUTCOME, "outcome 16"))
                .isEqualTo("Outcome 16 – Evidential difficulties: victim does not support action → No further action");
        assertThat(MeaningChoices.shortLabel(Field.OUTCOME, "outcome 1")).isEqualTo("Outcome 1 → Charged");
        assertThat(choices.label(Field.FORCE, "E23000032")).isEqualTo("E23000032 Kent Police");
    }

    @Test
    void categoriesAreOfferedInWordsWhileTheMappingKeepsTheirNames() {
        var choices = new MeaningChoices(List.of(KENT));

        assertThat(choices.of(Field.GENDER)).contains("FEMALE");
        assertThat(choices.label(Field.GENDER, "FEMALE")).isEqualTo("Female");
        assertThat(choices.label(Field.OUTCOME, "NO_FURTHER_ACTION")).isEqualTo("No further action");
        assertThat(MeaningChoices.shortLabel(Field.PLATFORMS, "FACEBOOK;TWITTER")).isEqualTo("Facebook, Twitter / X");
        assertThat(MeaningChoices.shortLabel(Field.PLATFORMS, "Bebo")).isEqualTo("Bebo");
        assertThat(choices.label(Field.DATE, "march")).isEqualTo("march");
    }

    @Test
    void thePreviewWritesWhatEachRowBecomesInWords() {
        assertThat(CheckStep.platformsInWords("FACEBOOK;TWITTER")).isEqualTo("Facebook, Twitter / X");
        assertThat(CheckStep.platformsInWords("")).isEmpty();
        assertThat(CheckStep.outcomeInWords("NO_FURTHER_ACTION (Home Office 16)")).isEqualTo("No further action (Home Office 16)");
        assertThat(CheckStep.outcomeInWords("UNKNOWN")).isEqualTo("Unknown");
    }

    @Test
    void aMeaningThatReadsAsOtherIsKnownAsTheCatchAll() {
        assertThat(MeaningChoices.isCatchAll(Field.OUTCOME, "OTHER")).isTrue();
        assertThat(MeaningChoices.isCatchAll(Field.OUTCOME, "outcome 22")).isTrue();
        assertThat(MeaningChoices.isCatchAll(Field.PLATFORMS, "SNAPCHAT; OTHER")).isTrue();
        assertThat(MeaningChoices.isCatchAll(Field.OUTCOME, "outcome 15")).isFalse();
        assertThat(MeaningChoices.isCatchAll(Field.PLATFORMS, "FACEBOOK")).isFalse();
    }

    @Test
    void meaningsChosenInTheCheckBecomeEntriesOfTheMappingAndTheStepSaysTheMappingChanged() {
        var step = new MappingStep();
        var changes = new ArrayList<WizardStep.ChangeEvent>();
        step.addChangeListener(changes::add);
        var fb = new UnmappedValue(Field.PLATFORMS, List.of("Media 1", "Media 2"), "FB", "fb", List.of(2, 3),
                Optional.of(new Suggestion("FACEBOOK", "")));

        step.addMeanings(Map.of(fb, "FACEBOOK"));

        assertThat(step.mapping(ReturnDefaults.NONE).valuesOf(Field.PLATFORMS)).containsEntry("fb", "FACEBOOK");
        step.setFileColumns(List.of("Media 1", "Media 2"));
        step.show(step.mapping(ReturnDefaults.NONE), "", false);
        assertThat(changes).as("showing a mapping changes what the check depends on").isNotEmpty();
    }

    @Test
    void theReturnsStepGivesBackTheDetailsItShows() {
        var step = new ReturnsStep(List.of(KENT), (ref, offset, limit) -> List.of());
        var details = new ReturnDefaults("FOI15", "E23000032", java.time.LocalDate.of(2015, 4, 13),
                java.time.LocalDate.of(2015, 12, 31), "FOI 2016/1", null);

        step.show(details);

        assertThat(step.defaults()).isEqualTo(details);
        assertThat(step.existingTarget()).isNull();
    }
}
