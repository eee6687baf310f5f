package uk.nciistats.errors;

/**
 * A request the domain refuses. Each subclass maps to one error code of the public contract;
 * the message is written for the person who sent the request and never holds internals.
 */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message, null, false, false);
    }

    /** The contract's error code: VALIDATION, NOT_FOUND, CONFLICT, FORBIDDEN, TOO_COMPLEX. */
    public abstract String code();

    /** The input field or argument at fault, when there is one. */
    public String field() {
        return null;
    }
}
