package uk.nciistats.returns;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.Objects;

/** One published cell of an AGGREGATE return: TOTAL, or a category of AGE, OUTCOME, GENDER, PLATFORM. */
@Embeddable
public class CountCell {
    @Enumerated(EnumType.STRING)
    private CountDimension dimension;
    private String category;
    @Column(name = "cell_count")
    private int count;

    protected CountCell() {
    }

    public CountCell(CountDimension dimension, String category, int count) {
        this.dimension = dimension;
        this.category = category;
        this.count = count;
    }

    public CountDimension dimension() {
        return dimension;
    }

    public String category() {
        return category;
    }

    public int count() {
        return count;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CountCell c && c.dimension == dimension && c.category.equals(category) && c.count == count;
    }

    @Override
    public int hashCode() {
        return Objects.hash(dimension, category, count);
    }

    @Override
    public String toString() {
        return dimension + (category.isEmpty() ? "" : " " + category) + "=" + count;
    }
}
