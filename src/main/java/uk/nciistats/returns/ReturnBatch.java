package uk.nciistats.returns;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.nciistats.errors.ConflictException;
import uk.nciistats.errors.DomainException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One change applied to many returns, each through {@link ReturnService} in a transaction of its
 * own (same rules, roles and audit as one at a time): a refused return changes nothing and does not
 * stop the others. Answers what happened to each, a refusal with its reason.
 */
@ApplicationScoped
public class ReturnBatch {
    private final ReturnService returns;

    /** What a batch does to each return. */
    public enum Change {
        VERIFY, PUBLISH, DELETE
    }

    /** What happened to one return: done, or refused with the reason. */
    public record Result(long id, String ref, boolean done, String reason) {
    }

    @Inject
    public ReturnBatch(ReturnService returns) {
        this.returns = returns;
    }

    protected ReturnBatch() {
        this(null);
    }

    /** Why {@code change} would be refused for {@code r} as it was shown; empty when it would be done. */
    public Optional<String> refusal(DataReturn r, Change change) {
        return switch (change) {
            case VERIFY -> returns.refusalOfStatus(r, ReturnStatus.VERIFIED);
            case PUBLISH -> returns.refusalOfStatus(r, ReturnStatus.PUBLISHED);
            case DELETE -> returns.refusalOfDelete(r);
        };
    }

    /** Applies {@code change} to each return at the version it was shown at, in the order given. */
    public List<Result> apply(List<DataReturn> shown, Change change) {
        var results = new ArrayList<Result>(shown.size());
        for (var r : shown) {
            results.add(applyTo(r, change));
        }
        return results;
    }

    private Result applyTo(DataReturn r, Change change) {
        var refused = refusal(r, change);
        if (refused.isPresent()) {
            return new Result(r.id(), r.ref(), false, refused.get());
        }
        try {
            switch (change) {
                case VERIFY -> returns.setStatus(r.id(), r.version(), ReturnStatus.VERIFIED);
                case PUBLISH -> returns.setStatus(r.id(), r.version(), ReturnStatus.PUBLISHED);
                case DELETE -> returns.delete(r.id(), r.version());
            }
            return new Result(r.id(), r.ref(), true, null);
        } catch (ConflictException e) {
            return new Result(r.id(), r.ref(), false, "someone changed it since the list was loaded; look at it again");
        } catch (DomainException e) {
            return new Result(r.id(), r.ref(), false, e.getMessage());
        }
    }
}
