package uk.nciistats.cohort;

import java.util.List;

/** An answer as the caller may see it: withheld total and rows carry no count. */
public record CohortStats(Bounds total, boolean totalWithheld, List<Disclosure.Shown> rows, List<String> notes) {
}
