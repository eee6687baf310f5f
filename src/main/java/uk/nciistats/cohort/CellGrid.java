package uk.nciistats.cohort;

/**
 * The cells of an answer over some of its grouping dimensions, with their counts: the rows' cells
 * (every dimension), their parents (all but the last), the parents' known parts (§8 KNOWN), or the
 * total (no dimension). A cell is coded in mixed radix, its first dimension most significant, so
 * codes ascend in row order; its counts and cell key are summed in a {@link Tally}.
 */
final class CellGrid {
    /** The grid's dimensions, as places in the question's grouping (indexes of its axes). */
    final int[] dimensions;
    /**
     * The place of the dimension whose value a report must have known to count here (§8 KNOWN: the
     * last dimension, which is not one of the grid's); -1 when any report counts.
     */
    final int knownDimension;
    /** What one step along each of {@link #dimensions} adds to a cell's code. */
    final long[] strides;
    final Tally tally;

    private CellGrid(Axis[] axes, int[] dimensions, int knownDimension) {
        this.dimensions = dimensions;
        this.knownDimension = knownDimension;
        this.strides = new long[dimensions.length];
        long size = 1;
        for (int i = dimensions.length - 1; i >= 0; i--) {
            strides[i] = size;
            size *= axes[dimensions[i]].size;
        }
        this.tally = new Tally(size);
    }

    /** The grid over the first {@code count} grouping dimensions, of reports knowing {@code knownDimension} (or -1). */
    static CellGrid over(Axis[] axes, int count, int knownDimension) {
        var dimensions = new int[count];
        for (int i = 0; i < count; i++) {
            dimensions[i] = i;
        }
        return new CellGrid(axes, dimensions, knownDimension);
    }

    /** Whether the grid has the dimension at this place of the grouping. */
    boolean has(int dimension) {
        for (int d : dimensions) {
            if (d == dimension) {
                return true;
            }
        }
        return false;
    }

    /** The cell's index along each of the grid's dimensions. */
    int[] decode(long code) {
        var index = new int[dimensions.length];
        for (int i = 0; i < index.length; i++) {
            index[i] = (int) (code / strides[i]);
            code %= strides[i];
        }
        return index;
    }

    /** The code of this grid's cell that holds the cell at {@code index} along every grouping dimension. */
    long codeOf(int[] index) {
        long code = 0;
        for (int i = 0; i < dimensions.length; i++) {
            code += index[dimensions[i]] * strides[i];
        }
        return code;
    }
}
