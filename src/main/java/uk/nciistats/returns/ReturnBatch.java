package uk.nciistats.returns;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.nciistats.errors.ConflictException;
import uk.nciistats.errors.DomainException;
import uk.nciistats.security.CallerContext;
import uk.nciistats.security.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One change applied to many returns, each through {@link ReturnService} in a transaction of its
 * own (same rules, roles and audit as one at a time): a refused return changes nothing and does not
 * stop the others. Answers what happened to each, a refusal with its reason, and beforehand which
 * would be refused and why (in a screen's words, from the same rules: the caller's role, the
 * return's workflow and four eyes).
 */
@ApplicationScoped
public class ReturnBatch {
    private final ReturnService returns;
    private final CallerContext callers;

    /** What a batch does to each return. */
    public enum Change {
        VERIFY, PUBLISH, DELETE
    }

    /** What happened to one return: done, or refused with the reason. */
    public record Result(long id, String ref, boolean done, String reason) {
    }

    @Inject
    public ReturnBatch(ReturnService returns, CallerContext callers) {
        this.returns = returns;
        this.callers = callers;
    }

    protected ReturnBatch() {
        this(null, null);
    }

    /** Why {@code change} would be refused for {@code r} as it was shown; empty when it would be done. */
    public Optional<String> refusal(StoredReturn r, Change change) {
        return switch (change) {
            case VERIFY -> refusalOfStatus(r, ReturnStatus.VERIFIED);
            case PUBLISH -> refusalOfStatus(r, ReturnStatus.PUBLISHED);
            case DELETE -> refusalOfDelete(r);
        };
    }

    /** Why the caller may not move {@code r} to {@code to} now, as {@link ReturnService#setStatus} would refuse it. */
    private Optional<String> refusalOfStatus(StoredReturn r, ReturnStatus to) {
        var caller = callers.current();
        if (!caller.may(Role.EDITOR)) {
            return Optional.of("only an EDITOR or ADMIN changes a return's status");
        }
        if (r.moveNeedsAnAdmin(to) && !caller.may(Role.ADMIN)) {
            return Optional.of("only an ADMIN publishes a return or withdraws a published one");
        }
        if (to == r.status()) {
            return Optional.of("it is " + to + " already");
        }
        var refused = r.refusalOfMoveTo(to);
        if (refused.isPresent()) {
            return refused;
        }
        if (to == ReturnStatus.VERIFIED && !r.verifiableBy(caller.name())) {
            return Optional.of("you made the last change; another editor verifies it");
        }
        return Optional.empty();
    }

    /** Why the caller may not delete {@code r} now, as {@link ReturnService#delete} would refuse it. */
    private Optional<String> refusalOfDelete(StoredReturn r) {
        if (!callers.current().may(Role.EDITOR)) {
            return Optional.of("only an EDITOR or ADMIN deletes a return");
        }
        if (r.status() == ReturnStatus.PUBLISHED) {
            return Optional.of("it is PUBLISHED: an ADMIN must set it back to DRAFT first");
        }
        return Optional.empty();
    }

    /** Applies {@code change} to each return at the version it was shown at, in the order given. */
    public List<Result> apply(List<StoredReturn> shown, Change change) {
        var results = new ArrayList<Result>(shown.size());
        for (var r : shown) {
            results.add(applyTo(r, change));
        }
        return results;
    }

    private Result applyTo(StoredReturn r, Change change) {
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
