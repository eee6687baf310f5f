package uk.nciistats.support;

import static org.assertj.core.api.Assertions.assertThat;

/** What a viewer's public figure may be (cohort-semantics §10): the truth moved by at most ±2. */
public final class Perturbed {
    private Perturbed() {
    }

    /** Asserts that {@code shown} is {@code truth} perturbed by the default table. */
    public static void assertPerturbed(long shown, long truth) {
        assertThat(shown).as("a public figure for %d", truth).isBetween(Math.max(0, truth - 2), truth + 2);
    }
}
