package uk.nciistats.graphql;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import uk.nciistats.returns.CountCell;

@Type("CountCell")
public final class CountCellView {
    private final CountCell cell;

    CountCellView(CountCell cell) {
        this.cell = cell;
    }

    public @NonNull String getDimension() {
        return cell.dimension().name();
    }

    public @NonNull String getCategory() {
        return cell.category();
    }

    public int getCount() {
        return cell.count();
    }
}
