package uk.nciistats.graphql;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Loads a field for many parents with one query. Liberty's GraphQL (SmallRye 1.0.26) does not wire
 * batched {@code @Source List<X>} fields, so the query that produces the parents announces their
 * keys ({@link #expect}); the first field asked then loads the value for every announced key at
 * once, and the others are answered from memory. One instance lives for one HTTP request.
 */
final class RequestBatch<K, V> {
    private final Function<Set<K>, Map<K, V>> load;
    private final V absent;
    private final Set<K> expected = new LinkedHashSet<>();
    private final Map<K, V> loaded = new HashMap<>();

    RequestBatch(Function<Set<K>, Map<K, V>> load, V absent) {
        this.load = load;
        this.absent = absent;
    }

    void expect(Collection<K> keys) {
        expected.addAll(keys);
    }

    V get(K key) {
        if (!loaded.containsKey(key)) {
            expected.add(key);
            var pending = new LinkedHashSet<K>();
            for (var k : expected) {
                if (!loaded.containsKey(k)) {
                    pending.add(k);
                }
            }
            var values = load.apply(pending);
            for (var k : pending) {
                loaded.put(k, values.getOrDefault(k, absent));
            }
        }
        return loaded.get(key);
    }
}
