package uk.nciistats.returns;

import java.util.EnumSet;
import java.util.Set;

/** A platform a report names. A report names a set of them, stored as a bit set. */
public enum Platform {
    FACEBOOK, INSTAGRAM, SNAPCHAT, TWITTER, WHATSAPP, OTHER;

    public int bit() {
        return 1 << ordinal();
    }

    public static int bits(Set<Platform> platforms) {
        int bits = 0;
        for (var p : platforms) {
            bits |= p.bit();
        }
        return bits;
    }

    public static EnumSet<Platform> fromBits(int bits) {
        var set = EnumSet.noneOf(Platform.class);
        for (var p : values()) {
            if ((bits & p.bit()) != 0) {
                set.add(p);
            }
        }
        return set;
    }
}
