package uk.nciistats.errors;

public class NotFoundException extends DomainException {
    private final String field;

    public NotFoundException(String field, String message) {
        super(message);
        this.field = field;
    }

    @Override
    public String code() {
        return "NOT_FOUND";
    }

    @Override
    public String field() {
        return field;
    }
}
