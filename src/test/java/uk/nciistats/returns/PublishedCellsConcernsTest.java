package uk.nciistats.returns;

import org.junit.jupiter.api.Test;
import uk.nciistats.returns.PublishedCells.Input;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which cells each broken rule concerns: what an editor marks. */
class PublishedCellsConcernsTest {
    @Test
    void aMarginAboveTheTotalConcernsEveryCellOfThatDimension() {
        var checked = PublishedCells.check(List.of(new Input("TOTAL", "", 10), new Input("OUTCOME", "CHARGED", 2),
                new Input("AGE", "0-17", 9), new Input("AGE", "18+", 3)), "cells");

        assertThat(checked.problems()).extracting(p -> p.rule()).containsExactly("sum-exceeds-total");
        assertThat(checked.concerned()).containsExactly(List.of(2, 3));
    }

    @Test
    void aPlatformAboveTotalMinusNoneConcernsThatPlatformAndPlatformsShortConcernEveryNamedOne() {
        var above = PublishedCells.check(List.of(new Input("TOTAL", "", 10), new Input("PLATFORM", "NONE", 4),
                new Input("PLATFORM", "FACEBOOK", 7)), "cells");
        var shortOf = PublishedCells.check(List.of(new Input("TOTAL", "", 10), new Input("PLATFORM", "NONE", 4),
                new Input("PLATFORM", "FACEBOOK", 2), new Input("PLATFORM", "SNAPCHAT", 3)), "cells");

        assertThat(above.concerned()).containsExactly(List.of(2));
        assertThat(shortOf.concerned()).containsExactly(List.of(2, 3));
        assertThat(shortOf.cellsAtFault()).containsExactly(2, 3);
    }

    @Test
    void aBadCellConcernsItselfAndAMissingTotalNoCell() {
        assertThat(PublishedCells.check(List.of(new Input("AGE", "ten", 1)), "cells").concerned()).containsExactly(List.of(0));
        assertThat(PublishedCells.check(List.of(new Input("AGE", "0-17", 1)), "cells").concerned()).containsExactly(List.of());
    }
}
