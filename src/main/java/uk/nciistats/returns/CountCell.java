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
    /** Disclosure control's key (cohort-semantics §10), drawn when the cell is stored ({@link #keyed}); -1 before. */
    @Column(name = "record_key")
    private short recordKey = -1;

    protected CountCell() {
    }

    public CountCell(CountDimension dimension, String category, int count) {
        this.dimension = dimension;
        this.category = category;
        this.count = count;
    }

    /** A cell as read from storage, with its key. */
    public CountCell(CountDimension dimension, String category, int count, int recordKey) {
        this(dimension, category, count);
        this.recordKey = (short) recordKey;
    }

    /**
     * This cell as it is stored: with the key of {@code previous} when that held the same category and
     * the same count (the same people), else with a new key.
     */
    public CountCell keyed(CountCell previous) {
        boolean same = previous != null && previous.recordKey >= 0 && previous.dimension == dimension
                && previous.category.equals(category) && previous.count == count;
        return new CountCell(dimension, category, count, same ? previous.recordKey : RecordKeys.draw());
    }

    /** The key drawn when the cell was stored; -1 for a cell not (yet) stored. */
    public int recordKey() {
        return recordKey;
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

    /** Equal when the published figure is: dimension, category and count (the key is not part of it). */
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
