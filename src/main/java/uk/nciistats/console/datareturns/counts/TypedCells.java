package uk.nciistats.console.datareturns.counts;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.IntegerField;
import uk.nciistats.returns.PublishedCells;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cells as typed in a {@link CountsEditor}, in the order of the form (an empty field publishes
 * no cell), and for each the field its count and its category came from, index for index, so that a
 * problem naming a cell marks the field the user typed it in.
 */
record TypedCells(List<PublishedCells.Input> inputs, List<HasValidation> counts, List<HasValidation> categories) {

    /** The cells of the total field, the age bands and the category fields keyed "OUTCOME CHARGED". */
    static TypedCells of(IntegerField total, AgeBandsEditor ages, Map<String, IntegerField> categoryFields) {
        var inputs = new ArrayList<PublishedCells.Input>();
        var countFields = new ArrayList<HasValidation>();
        var categoryOf = new ArrayList<HasValidation>();
        if (total.getValue() != null) {
            inputs.add(new PublishedCells.Input("TOTAL", "", total.getValue()));
            countFields.add(total);
            categoryOf.add(total);
        }
        for (var row : ages.rows()) {
            if (row.count().getValue() != null || !row.band().getValue().isBlank()) {
                inputs.add(new PublishedCells.Input("AGE", row.band().getValue(), row.count().getValue()));
                countFields.add(row.count());
                categoryOf.add(row.band());
            }
        }
        categoryFields.forEach((key, field) -> {
            if (field.getValue() != null) {
                var parts = key.split(" ", 2);
                inputs.add(new PublishedCells.Input(parts[0], parts[1], field.getValue()));
                countFields.add(field);
                categoryOf.add(field);
            }
        });
        return new TypedCells(inputs, countFields, categoryOf);
    }

    /** The field of the cell's {@code property} ("category" or its count); null for no such cell. */
    HasValidation fieldFor(int cell, String property) {
        if (cell < 0 || cell >= inputs.size()) {
            return null;
        }
        return "category".equals(property) ? categories.get(cell) : counts.get(cell);
    }

    /** What each dimension's typed cells add up to, by dimension name: TOTAL and PLATFORM NONE left out. */
    Map<String, Long> sums() {
        var added = new LinkedHashMap<String, Long>();
        for (var in : inputs) {
            if (!in.dimension().equals("TOTAL") && in.count() != null
                    && !(in.dimension().equals("PLATFORM") && in.category().equals(PublishedCells.NONE))) {
                added.merge(in.dimension(), (long) in.count(), Long::sum);
            }
        }
        return added;
    }
}
