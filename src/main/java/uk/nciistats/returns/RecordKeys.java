package uk.nciistats.returns;

import java.security.SecureRandom;

/**
 * The disclosure-control keys of stored figures (cohort-semantics §10): every report and every
 * published cell gets a uniform random integer 0–255, drawn once when it is stored, from a
 * cryptographic source. A public figure's cell key is the sum of its contributors' keys, so the same
 * people always give the same perturbation. Keys are never shown, exported, logged or audited.
 */
public final class RecordKeys {
    /** Keys run 0..SPAN-1. */
    public static final int SPAN = 256;
    private static final SecureRandom SOURCE = new SecureRandom();

    private RecordKeys() {
    }

    /** One new key. */
    public static int draw() {
        return SOURCE.nextInt(SPAN);
    }

    /** {@code keys.length} new keys, one a byte (read with {@code & 0xff}). */
    public static void draw(byte[] keys) {
        SOURCE.nextBytes(keys);
    }
}
