package uk.nciistats.cohort;

import uk.nciistats.returns.AgeRange;

import java.util.BitSet;
import java.util.List;

/** A set of whole-year ages 0–120: a question band, the union of the age filter, or their meet. */
public final class AgeSet {
    static final AgeSet ALL = of(List.of(new AgeRange(0, AgeRange.OLDEST, true)));
    static final AgeSet NONE = new AgeSet(new BitSet());

    private final BitSet ages;

    private AgeSet(BitSet ages) {
        this.ages = ages;
    }

    public static AgeSet of(List<AgeRange> ranges) {
        var bits = new BitSet(AgeRange.OLDEST + 1);
        for (var r : ranges) {
            bits.set(r.min(), r.max() + 1);
        }
        return new AgeSet(bits);
    }

    public AgeSet and(AgeSet other) {
        var bits = (BitSet) ages.clone();
        bits.and(other.ages);
        return new AgeSet(bits);
    }

    public boolean contains(int age) {
        return ages.get(age);
    }

    boolean containsAll(AgeRange r) {
        int firstMissing = ages.nextClearBit(r.min());
        return firstMissing > r.max();
    }

    boolean intersects(AgeRange r) {
        int first = ages.nextSetBit(r.min());
        return first >= 0 && first <= r.max();
    }

    public boolean isEmpty() {
        return ages.isEmpty();
    }
}
