package uk.nciistats.infrastructure;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

import java.util.function.Supplier;

/**
 * Counts the SQL statements EclipseLink sends to the database while a piece of work runs on the
 * current thread ({@link #during}). Registered for every persistence unit
 * ({@code eclipselink.session-event-listener} in persistence.xml); it costs one thread-local read
 * per statement when nobody counts. The GraphQL front uses it, when
 * {@code ncii.graphql.countStatements} is on, to show how many statements a request cost.
 */
public class StatementCount extends SessionEventAdapter {
    private static final ThreadLocal<long[]> COUNTING = new ThreadLocal<>();

    /** What {@code work} answered, and how many statements it sent. */
    public record Counted<T>(T answer, long statements) {
    }

    public static <T> Counted<T> during(Supplier<T> work) {
        var outer = COUNTING.get();
        var count = new long[1];
        COUNTING.set(count);
        try {
            return new Counted<>(work.get(), count[0]);
        } finally {
            if (outer == null) {
                COUNTING.remove();
            } else {
                outer[0] += count[0];
                COUNTING.set(outer);
            }
        }
    }

    @Override
    public void preExecuteCall(SessionEvent event) {
        var count = COUNTING.get();
        if (count != null) {
            count[0]++;
        }
    }
}
