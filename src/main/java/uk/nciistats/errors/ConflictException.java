package uk.nciistats.errors;

/** Someone else changed the thing first: the caller's {@code expectedVersion} is stale. */
public class ConflictException extends DomainException {

    public ConflictException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return "CONFLICT";
    }

    @Override
    public String field() {
        return "expectedVersion";
    }
}
