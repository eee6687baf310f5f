package uk.nciistats.graphql;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import uk.nciistats.returns.PublishedCells;

/** A published cell, as in counts.csv: TOTAL with an empty category, or AGE, OUTCOME, GENDER, PLATFORM. */
@Input("CountCellInput")
public class CountCellInput {
    public @NonNull String dimension;
    public @NonNull String category;
    public int count;

    PublishedCells.Input cell() {
        return new PublishedCells.Input(dimension, category, count);
    }
}
