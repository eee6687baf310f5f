package uk.nciistats.errors;

/** A request that asks for more than the server answers at once: too large, too deep or too complex. */
public class TooComplexException extends DomainException {
    private final String field;

    public TooComplexException(String field, String message) {
        super(message);
        this.field = field;
    }

    @Override
    public String code() {
        return "TOO_COMPLEX";
    }

    @Override
    public String field() {
        return field;
    }
}
