package uk.nciistats.cohort;

import uk.nciistats.reference.Force;

import java.time.LocalDate;
import java.util.List;

/**
 * Which forces and which days a figure stands for (cohort-semantics §13): the forces in the
 * question's scope, the window of days (null dates when it is empty), how many forces' counted
 * returns cover the whole window, which cover part of it and for how many days, and which none of it.
 * Counts forces and days, never reports: shown to every role unchanged.
 */
public record Coverage(LocalDate from, LocalDate to, int forcesInScope, int forcesCovered, List<Force> missing,
                       List<Partial> partly) {

    /** A force whose counted returns cover some of the window's days, not all. */
    public record Partial(Force force, int daysCovered, int daysInWindow) {
    }

    public int forcesPartly() {
        return partly.size();
    }

    /** Whether every force in scope covers the whole window. */
    public boolean complete() {
        return forcesCovered == forcesInScope;
    }
}
