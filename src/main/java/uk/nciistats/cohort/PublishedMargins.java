package uk.nciistats.cohort;

import uk.nciistats.returns.AgeRange;
import uk.nciistats.returns.CountCell;
import uk.nciistats.returns.CountDimension;
import uk.nciistats.returns.Gender;
import uk.nciistats.returns.Outcome;
import uk.nciistats.returns.Platform;
import uk.nciistats.returns.PublishedCells;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The cells an AGGREGATE return published, read as margins: TOTAL, AGE bands (with UNKNOWN),
 * OUTCOME, GENDER and PLATFORM counts, and per dimension the reports it left unstated; beside each
 * cell its disclosure-control key (§10), so a figure built from cells knows the sum of their keys.
 */
public final class PublishedMargins {
    /** One published age band and its count. */
    public record Band(AgeRange range, long count, int key) {
    }

    final long total;
    int totalKey;
    int ageUnknownKey;
    final int[] outcomeKeys = new int[Outcome.values().length];
    final int[] genderKeys = new int[Gender.values().length];
    final int[] platformKeys = new int[Platform.values().length];
    int platformNoneKey;
    final List<Band> ageBands = new ArrayList<>();
    long ageUnknown;
    long ageStated;
    final long[] outcomes = new long[Outcome.values().length];
    long outcomesStated;
    final long[] genders = new long[Gender.values().length];
    long gendersStated;
    final long[] platforms = new long[Platform.values().length];
    long platformNone;
    boolean platformsPublished;

    private PublishedMargins(long total) {
        this.total = total;
    }

    public static PublishedMargins of(List<CountCell> cells) {
        long total = cells.stream().filter(c -> c.dimension() == CountDimension.TOTAL)
                .mapToLong(CountCell::count).findFirst().orElse(0);
        var m = new PublishedMargins(total);
        for (var c : cells) {
            int key = Math.max(0, c.recordKey());
            switch (c.dimension()) {
                case AGE -> {
                    if (c.category().equals(PublishedCells.UNKNOWN)) {
                        m.ageUnknown += c.count();
                        m.ageUnknownKey = key;
                    } else {
                        m.ageBands.add(new Band(AgeRange.parse(c.category()).orElseThrow(), c.count(), key));
                    }
                    m.ageStated += c.count();
                }
                case OUTCOME -> {
                    int o = Outcome.valueOf(c.category()).ordinal();
                    m.outcomes[o] += c.count();
                    m.outcomeKeys[o] = key;
                    m.outcomesStated += c.count();
                }
                case GENDER -> {
                    int g = Gender.valueOf(c.category()).ordinal();
                    m.genders[g] += c.count();
                    m.genderKeys[g] = key;
                    m.gendersStated += c.count();
                }
                case PLATFORM -> {
                    m.platformsPublished = true;
                    if (c.category().equals(PublishedCells.NONE)) {
                        m.platformNone += c.count();
                        m.platformNoneKey = key;
                    } else {
                        int p = Platform.valueOf(c.category()).ordinal();
                        m.platforms[p] += c.count();
                        m.platformKeys[p] = key;
                    }
                }
                case TOTAL -> m.totalKey = key;
            }
        }
        return m;
    }

    public long total() {
        return total;
    }

    /** Reports whose age the return did not state (all of them when it published no AGE cell). */
    long ageNotStated() {
        return total - ageStated;
    }

    long outcomesNotStated() {
        return total - outcomesStated;
    }

    long gendersNotStated() {
        return total - gendersStated;
    }

    /** Reports naming at least one platform: {@code M = T − NONE}. */
    long namingAPlatform() {
        return total - platformNone;
    }

    List<Band> ageBands() {
        return ageBands;
    }

    /** Bounds of "age in {@code ages}" (or unknown, when {@code unknown}) from the published bands. */
    Bounds age(AgeSet ages, boolean unknown) {
        long low = 0;
        long high = 0;
        for (var band : ageBands) {
            if (ages.containsAll(band.range())) {
                low += band.count();
                high += band.count();
            } else if (ages.intersects(band.range())) {
                high += band.count();
            }
        }
        if (unknown) {
            low += ageUnknown;
            high += ageUnknown;
        }
        if (!ages.isEmpty() || unknown) {
            high += ageNotStated();
        }
        return new Bounds(low, high);
    }

    /** The keys of the AGE cells that {@link #age} reads: every band that meets {@code ages}, UNKNOWN if asked. */
    int ageKey(AgeSet ages, boolean unknown) {
        int key = unknown ? ageUnknownKey : 0;
        for (var band : ageBands) {
            if (ages.intersects(band.range())) {
                key += band.key();
            }
        }
        return key;
    }

    /** The keys of the OUTCOME cells in {@code in}. */
    int outcomeKey(EnumSet<Outcome> in) {
        return keysOf(in, outcomeKeys);
    }

    /** The keys of the GENDER cells in {@code in}. */
    int genderKey(EnumSet<Gender> in) {
        return keysOf(in, genderKeys);
    }

    /** The keys of the PLATFORM cells a platform condition reads (NONE for "names none" or "names any"). */
    int platformKey(PlatformCondition c) {
        if (!platformsPublished || c.impossible()) {
            return 0;
        }
        int key = c.none() || c.known() ? platformNoneKey : 0;
        if (c.names() != null) {
            key += platformKeys[c.names().ordinal()];
        }
        if (c.anyOf() != null) {
            key += keysOf(c.anyOf(), platformKeys);
        }
        return key;
    }

    private static <E extends Enum<E>> int keysOf(EnumSet<E> in, int[] keys) {
        int key = 0;
        for (var e : in) {
            key += keys[e.ordinal()];
        }
        return key;
    }

    Bounds outcome(EnumSet<Outcome> in) {
        return categories(in, outcomes, outcomesNotStated());
    }

    Bounds gender(EnumSet<Gender> in) {
        return categories(in, genders, gendersNotStated());
    }

    private static <E extends Enum<E>> Bounds categories(EnumSet<E> in, long[] counts, long notStated) {
        if (in.isEmpty()) {
            return Bounds.ZERO;
        }
        long sum = 0;
        for (var e : in) {
            sum += counts[e.ordinal()];
        }
        return new Bounds(sum, sum + notStated);
    }

    /** Bounds of a platform condition (see {@link PlatformCondition}). */
    Bounds platform(PlatformCondition c) {
        if (c.impossible()) {
            return Bounds.ZERO;
        }
        if (!platformsPublished) {
            return Bounds.upTo(total);
        }
        long naming = namingAPlatform();
        if (c.none()) {
            return Bounds.exactly(platformNone);
        }
        Bounds anyOf = c.anyOf() == null ? Bounds.exactly(naming) : anyOf(c.anyOf(), naming);
        if (c.names() == null) {
            return anyOf;
        }
        long p = platforms[c.names().ordinal()];
        if (c.anyOf() == null || c.anyOf().contains(c.names())) {
            return Bounds.exactly(p);
        }
        return Bounds.frechet(naming, Bounds.exactly(p), anyOf);
    }

    /** "Names at least one of S" among the M reports naming a platform (§7). */
    private Bounds anyOf(EnumSet<Platform> s, long naming) {
        long max = 0;
        long sumIn = 0;
        long sumOut = 0;
        for (var p : Platform.values()) {
            long count = platforms[p.ordinal()];
            if (s.contains(p)) {
                max = Math.max(max, count);
                sumIn += count;
            } else {
                sumOut += count;
            }
        }
        long low = Math.max(max, naming - sumOut);
        long high = Math.min(sumIn, naming);
        return new Bounds(Math.max(0, Math.min(low, high)), high);
    }
}
