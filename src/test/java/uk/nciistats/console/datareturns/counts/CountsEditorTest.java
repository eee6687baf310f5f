package uk.nciistats.console.datareturns.counts;

import org.junit.jupiter.api.Test;
import uk.nciistats.returns.CountCell;
import uk.nciistats.returns.CountDimension;
import uk.nciistats.returns.PublishedCells.Input;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CountsEditorTest {
    private final CountsEditor editor = new CountsEditor();
    private final List<List<Input>> saved = new ArrayList<>();

    CountsEditorTest() {
        editor.addSaveListener(e -> saved.add(e.cells()));
        editor.edit(List.of(), true);
    }

    @Test
    void kentsCellsTypedInAreSavedAsTypedAndEmptyFieldsPublishNoCell() {
        editor.total.setValue(42);
        typeBand(0, "0-17", 9);
        typeBand(1, "18+", 33);
        editor.categories.get("PLATFORM NONE").setValue(0);

        editor.save.click();

        assertThat(saved).singleElement().isEqualTo(List.of(new Input("TOTAL", "", 42), new Input("AGE", "0-17", 9),
                new Input("AGE", "18+", 33), new Input("PLATFORM", "NONE", 0)));
    }

    @Test
    void agesAddingUpToMoreThanTheTotalMarkEveryAgeCellAsTheUserTypes() {
        editor.total.setValue(10);
        typeBand(0, "0-17", 9);
        typeBand(1, "18+", 3);

        assertThat(editor.ages.rows().get(0).count().isInvalid()).isTrue();
        assertThat(editor.ages.rows().get(1).count().getErrorMessage()).isEqualTo("the AGE cells add up to 12, more than the TOTAL of 10");
        assertThat(editor.total.isInvalid()).isFalse();

        editor.total.setValue(12);

        assertThat(editor.ages.rows().get(0).count().isInvalid()).isFalse();
        assertThat(editor.problems.getChildren()).isEmpty();
    }

    @Test
    void overlappingBandsMarkTheBandThatOverlapsInWordsWithoutPositions() {
        editor.total.setValue(10);
        typeBand(0, "10-19", 4);
        typeBand(1, "15-24", 3);

        assertThat(editor.ages.rows().get(1).band().isInvalid()).isTrue();
        assertThat(editor.ages.rows().get(1).band().getErrorMessage())
                .isEqualTo("age band 15-24 overlaps age band 10-19: a return's age bands must not overlap");
    }

    @Test
    void aPlatformAboveTotalMinusNoneIsMarkedOnThatPlatformOnly() {
        editor.total.setValue(10);
        editor.categories.get("PLATFORM NONE").setValue(4);
        editor.categories.get("PLATFORM FACEBOOK").setValue(7);

        assertThat(editor.categories.get("PLATFORM FACEBOOK").getErrorMessage())
                .contains("more than the 6 reports naming a platform");
        assertThat(editor.categories.get("PLATFORM NONE").isInvalid()).isFalse();
    }

    @Test
    void storedCellsAreShownInTheirFieldsAndUndoBringsThemBack() {
        editor.edit(List.of(new CountCell(CountDimension.TOTAL, "", 5), new CountCell(CountDimension.AGE, "UNKNOWN", 2),
                new CountCell(CountDimension.OUTCOME, "CHARGED", 1)), true);
        editor.total.setValue(50);

        editor.undo.click();

        assertThat(editor.total.getValue()).isEqualTo(5);
        assertThat(editor.ages.unknown.getValue()).isEqualTo(2);
        assertThat(editor.cellsByKey()).containsExactly(java.util.Map.entry("TOTAL", "5"),
                java.util.Map.entry("AGE UNKNOWN", "2"), java.util.Map.entry("OUTCOME CHARGED", "1"));
    }

    @Test
    void theServersRefusalIsShownAboveTheButtons() {
        editor.total.setValue(3);

        editor.showRefusal("returnId", "return 'X' is PUBLISHED and cannot change");

        assertThat(editor.problems.getChildren().findFirst().orElseThrow().getElement().getText())
                .isEqualTo("Not saved: return 'X' is PUBLISHED and cannot change");
    }

    private void typeBand(int row, String band, int count) {
        editor.ages.rows().get(row).band().setValue(band);
        editor.ages.rows().get(row).count().setValue(count);
    }
}
