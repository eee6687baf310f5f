package uk.nciistats.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The facts of every return, kept in memory so that questions never scan the report table. The
 * database stays the single source of truth: before each answer the index compares every return's
 * version with the one it holds and reloads only the returns that changed (a write bumps its
 * return's version in the same transaction), so the next answer after any write includes it.
 */
@ApplicationScoped
public class CohortIndex {
    private static final Logger LOG = Logger.getLogger(CohortIndex.class.getName());
    private final FactsRepository repository;
    private volatile Snapshot snapshot = new Snapshot(0, Map.of());

    /** The facts of all returns at one moment; {@code generation} changes whenever they do. */
    public record Snapshot(long generation, Map<Long, ReturnFacts> facts) {
        public Collection<ReturnFacts> returns() {
            return facts.values();
        }
    }

    @Inject
    public CohortIndex(FactsRepository repository) {
        this.repository = repository;
    }

    protected CohortIndex() {
        this(null);
    }

    /** The facts of all returns, current as of this call. */
    public Snapshot current() {
        var versions = repository.versions();
        var held = snapshot;
        if (upToDate(held.facts(), versions)) {
            return held;
        }
        return refresh(versions);
    }

    private synchronized Snapshot refresh(Map<Long, Integer> versions) {
        var held = snapshot.facts();
        if (upToDate(held, versions)) {
            return snapshot;
        }
        long started = System.nanoTime();
        var next = new HashMap<Long, ReturnFacts>();
        int reloaded = 0;
        for (var e : versions.entrySet()) {
            var known = held.get(e.getKey());
            if (known != null && known.version() == e.getValue()) {
                next.put(e.getKey(), known);
            } else {
                var loaded = repository.load(e.getKey());
                if (loaded != null) {
                    next.put(e.getKey(), loaded);
                    reloaded++;
                }
            }
        }
        snapshot = new Snapshot(snapshot.generation() + 1, Map.copyOf(next));
        int count = reloaded;
        LOG.info(() -> "Cohort index: " + count + " of " + versions.size() + " returns (re)loaded in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        return snapshot;
    }

    private static boolean upToDate(Map<Long, ReturnFacts> held, Map<Long, Integer> versions) {
        if (held.size() != versions.size()) {
            return false;
        }
        for (var e : versions.entrySet()) {
            var known = held.get(e.getKey());
            if (known == null || known.version() != e.getValue()) {
                return false;
            }
        }
        return true;
    }
}
