package uk.nciistats.returns;

import org.junit.jupiter.api.Test;
import uk.nciistats.returns.PublishedCells.Input;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PublishedCellsTest {

    private static PublishedCells.Checked check(Input... cells) {
        return PublishedCells.check(List.of(cells), "cells");
    }

    @Test
    void kentsPublishedBandsAreConsistent() {
        var checked = check(new Input("TOTAL", "", 42), new Input("AGE", "0-17", 9), new Input("AGE", "18+", 33));

        assertThat(checked.valid()).isTrue();
        assertThat(checked.total()).isEqualTo(42);
        assertThat(checked.cells()).extracting(CountCell::category).containsExactly("", "0-17", "18+");
    }

    @Test
    void aShortfallBelowTheTotalIsNotStatedAndAllowed() {
        var checked = check(new Input("TOTAL", "", 453), new Input("AGE", "10-19", 107), new Input("AGE", "20-29", 150),
                new Input("AGE", "30+", 190), new Input("AGE", "UNKNOWN", 6));

        assertThat(checked.valid()).isTrue();
    }

    @Test
    void categoriesAreWrittenInCanonicalForm() {
        var checked = check(new Input("total", null, 5), new Input("age", "05-09", 2), new Input("outcome", "charged", 1),
                new Input("platform", "none", 1), new Input("platform", "facebook", 4));

        assertThat(checked.cells()).extracting(CountCell::toString)
                .containsExactly("TOTAL=5", "AGE 5-9=2", "OUTCOME CHARGED=1", "PLATFORM NONE=1", "PLATFORM FACEBOOK=4");
    }

    @Test
    void aSecondTotalIsRefusedNamingTheCell() {
        var checked = check(new Input("TOTAL", "", 42), new Input("TOTAL", "", 40));

        assertThat(checked.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("cells[1].category");
            assertThat(p.message()).contains("exactly one TOTAL");
        });
    }

    @Test
    void aReturnWithoutTotalIsRefused() {
        assertThat(check(new Input("AGE", "0-17", 9)).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("exactly one TOTAL"));
    }

    @Test
    void overlappingAgeBandsAreRefusedNamingBoth() {
        var checked = check(new Input("TOTAL", "", 42), new Input("AGE", "10-19", 9), new Input("AGE", "15-24", 33));

        assertThat(checked.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("cells[2].category");
            assertThat(p.message()).contains("15-24").contains("10-19").contains("cells[1]");
        });
    }

    @Test
    void aNegativeCountIsRefused() {
        assertThat(check(new Input("TOTAL", "", -1)).problems()).extracting(ValidationProblemField::of)
                .contains("cells[0].count");
    }

    @Test
    void agesBeyondOneHundredAndTwentyAreNotABand() {
        var checked = check(new Input("TOTAL", "", 3), new Input("AGE", "300+", 1), new Input("AGE", "20-10", 1));

        assertThat(checked.problems()).extracting(ValidationProblemField::of)
                .containsExactly("cells[1].category", "cells[2].category");
    }

    @Test
    void unknownDimensionsAndCategoriesAreRefused() {
        var checked = check(new Input("TOTAL", "", 3), new Input("COLOUR", "red", 1), new Input("OUTCOME", "ARRESTED", 1),
                new Input("TOTAL", "x", 1));

        assertThat(checked.problems()).extracting(ValidationProblemField::of)
                .containsExactly("cells[1].dimension", "cells[2].category", "cells[3].category");
    }

    @Test
    void cellsOfADimensionMayNotAddUpToMoreThanTheTotal() {
        var checked = check(new Input("TOTAL", "", 10), new Input("GENDER", "FEMALE", 8), new Input("GENDER", "MALE", 3));

        assertThat(checked.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("GENDER cells add up to 11").contains("TOTAL of 10"));
    }

    @Test
    void platformCellsMayOverlapButMustCoverEveryReportNamingOne() {
        var overlapping = check(new Input("TOTAL", "", 10), new Input("PLATFORM", "NONE", 2),
                new Input("PLATFORM", "FACEBOOK", 8), new Input("PLATFORM", "INSTAGRAM", 3));
        var tooFew = check(new Input("TOTAL", "", 10), new Input("PLATFORM", "NONE", 2), new Input("PLATFORM", "FACEBOOK", 5));
        var tooMany = check(new Input("TOTAL", "", 10), new Input("PLATFORM", "NONE", 2), new Input("PLATFORM", "FACEBOOK", 9));

        assertThat(overlapping.valid()).isTrue();
        assertThat(tooFew.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("fewer than the 8"));
        assertThat(tooMany.problems()).extracting(p -> p.message())
                .anySatisfy(m -> assertThat(m).contains("FACEBOOK is 9, more than the 8"));
    }

    @Test
    void aRepeatedCategoryIsRefused() {
        var checked = check(new Input("TOTAL", "", 10), new Input("OUTCOME", "CHARGED", 1), new Input("OUTCOME", "charged", 2));

        assertThat(checked.problems()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("cells[2].category"));
    }

    /** Field names of problems, for compact assertions. */
    private static final class ValidationProblemField {
        static String of(uk.nciistats.errors.ValidationException.Problem p) {
            return p.field();
        }
    }
}
