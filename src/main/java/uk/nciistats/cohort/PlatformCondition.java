package uk.nciistats.cohort;

import uk.nciistats.returns.Platform;

import java.util.EnumSet;

/**
 * What a cell asks of a report's platforms: that it names a given platform (a PLATFORM row), names
 * none (the NONE row), names at least one of a set (the {@code platforms} filter), or names any
 * (the KNOWN share base) — or several of these at once.
 */
record PlatformCondition(Platform names, boolean none, EnumSet<Platform> anyOf, boolean known) {
    static final PlatformCondition ANY = new PlatformCondition(null, false, null, false);

    boolean unconditional() {
        return names == null && !none && anyOf == null && !known;
    }

    boolean impossible() {
        return none && (names != null || anyOf != null || known);
    }

    boolean matches(int bits) {
        if (none && bits != 0) {
            return false;
        }
        if (names != null && (bits & names.bit()) == 0) {
            return false;
        }
        if (anyOf != null && (bits & Platform.bits(anyOf)) == 0) {
            return false;
        }
        return !known || bits != 0;
    }
}
