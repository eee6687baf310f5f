package uk.nciistats.infrastructure;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The application's in-memory caches: Caffeine, bounded by the number of entries. Caffeine evicts
 * by frequency and recency (W-TinyLFU), not strictly the least recently used; a cache may hold a few
 * more entries than its bound for a moment while it evicts. Its upkeep (eviction) runs on the thread
 * that reads or writes, not on the JVM's common pool: inside the application server, work belongs on
 * the request's own thread.
 */
public final class Caches {
    private Caches() {
    }

    /** A cache of at most {@code maxEntries} entries. */
    public static <K, V> Cache<K, V> bounded(int maxEntries) {
        return Caffeine.newBuilder().maximumSize(maxEntries).executor(Runnable::run).build();
    }
}
