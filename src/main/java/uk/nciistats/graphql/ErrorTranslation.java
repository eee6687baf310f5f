package uk.nciistats.graphql;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.OptimisticLockException;
import uk.nciistats.errors.ConflictException;
import uk.nciistats.errors.DomainException;
import uk.nciistats.platform.LogText;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Remembers each refusal of a GraphQL operation (code, field, message) for {@link GraphQLEndpoint},
 * which writes it into the response. A lost race on a version becomes a CONFLICT. Any other failure
 * is logged here, once, cut to a few frames and short messages ({@link LogText}); refusals are not
 * failures and are not logged (the runtime's own logging of them is off:
 * {@code mp.graphql.printDataFetcherException=false}).
 */
@TranslatesErrors
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class ErrorTranslation {
    private static final Logger LOG = Logger.getLogger(ErrorTranslation.class.getName());
    private final RefusalsOfRequest refusals;

    @Inject
    public ErrorTranslation(RefusalsOfRequest refusals) {
        this.refusals = refusals;
    }

    protected ErrorTranslation() {
        this(null);
    }

    @AroundInvoke
    public Object translate(InvocationContext call) throws Exception {
        try {
            return call.proceed();
        } catch (DomainException e) {
            refusals.add(e);
            throw e;
        } catch (RuntimeException e) {
            if (causedBy(e, OptimisticLockException.class)) {
                var conflict = new ConflictException("Someone else changed this return at the same moment:"
                        + " reload it and apply your change again.");
                refusals.add(conflict);
                throw conflict;
            }
            LOG.log(Level.SEVERE, "GraphQL operation " + call.getMethod().getName() + " failed", LogText.failure(e));
            throw e;
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (var t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
