package uk.nciistats.cohort;

import com.github.benmanes.caffeine.cache.Cache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.nciistats.infrastructure.Caches;

import java.util.Optional;

/**
 * Whole written answers to requests that ask only statistics, for the same request text and
 * audience: the one place answers are kept besides {@link CohortService}'s per question. Dashboards
 * and BI tools ask the same questions over and over, and writing a large answer costs more than
 * counting it; an answer is reused only while the facts are of the generation it was computed from,
 * so the next request after any write is answered afresh. What a request is, and whether it asks
 * only statistics, is the caller's to say (the GraphQL front).
 */
@ApplicationScoped
public class StatisticsAnswers {
    private static final int KEPT = 128;
    private static final int LARGEST = 2 * 1024 * 1024;

    private final CohortIndex index;
    private final Cache<Request, Answer> kept = Caches.bounded(KEPT);

    /** The request text (query, operation, variables) and whether it is asked as an ANALYST or above. */
    public record Request(String text, boolean analyst) {
    }

    private record Answer(long generation, byte[] body) {
    }

    @Inject
    public StatisticsAnswers(CohortIndex index) {
        this.index = index;
    }

    protected StatisticsAnswers() {
        this(null);
    }

    /** The generation of the facts now: stamp an answer with it before computing the answer. */
    public long generation() {
        return index.current().generation();
    }

    public Optional<byte[]> answer(Request request, long generation) {
        var answer = kept.getIfPresent(request);
        return answer != null && answer.generation() == generation ? Optional.of(answer.body()) : Optional.empty();
    }

    public void keep(Request request, long generation, byte[] body) {
        if (body.length <= LARGEST) {
            kept.put(request, new Answer(generation, body));
        }
    }
}
