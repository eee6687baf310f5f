package uk.nciistats.returns;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The workflow of a return's status, one rule for the entity that moves ({@link DataReturn#changeStatus})
 * and for what a screen shows of a stored return ({@link StoredReturn}): where each status leads,
 * which moves are an ADMIN's, and four eyes on VERIFIED.
 */
final class ReturnWorkflow {
    /** Where each status leads. */
    private static final Map<ReturnStatus, Set<ReturnStatus>> MOVES = Map.of(
            ReturnStatus.DRAFT, EnumSet.of(ReturnStatus.VERIFIED),
            ReturnStatus.VERIFIED, EnumSet.of(ReturnStatus.DRAFT, ReturnStatus.PUBLISHED),
            ReturnStatus.PUBLISHED, EnumSet.of(ReturnStatus.DRAFT));

    private ReturnWorkflow() {
    }

    /** Why the workflow does not lead from {@code from} to {@code to}; empty when it does (or they are one). */
    static Optional<String> refusalOfMove(ReturnStatus from, ReturnStatus to) {
        if (to == from || MOVES.get(from).contains(to)) {
            return Optional.empty();
        }
        return Optional.of(to == ReturnStatus.PUBLISHED
                ? "only a VERIFIED return can be published; this one is " + from
                : "only a DRAFT can be verified; this one is " + from + ": set it back to DRAFT first");
    }

    /** Whether moving from {@code from} to {@code to} is an ADMIN's: publishing, or moving once published. */
    static boolean moveNeedsAnAdmin(ReturnStatus from, ReturnStatus to) {
        return to == ReturnStatus.PUBLISHED || from == ReturnStatus.PUBLISHED;
    }

    /** Whether {@code who} may verify a return {@code lastChangedBy} changed last: not the same person. */
    static boolean verifiableBy(String lastChangedBy, String who) {
        return !who.equals(lastChangedBy);
    }
}
