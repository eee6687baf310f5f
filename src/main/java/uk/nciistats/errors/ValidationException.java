package uk.nciistats.errors;

import java.util.List;

/** Input that breaks a rule; names the field (e.g. {@code input.periodEnd}) and the rule. */
public class ValidationException extends DomainException {
    /** Problems named in one message; the rest are counted. */
    static final int PROBLEMS_NAMED = 10;
    private final String field;

    public ValidationException(String field, String message) {
        super(message);
        this.field = field;
    }

    public static ValidationException of(List<Problem> problems) {
        var first = problems.get(0);
        if (problems.size() == 1) {
            return new ValidationException(first.field(), first.message());
        }
        var text = new StringBuilder(first.message());
        for (var p : problems.subList(1, Math.min(problems.size(), PROBLEMS_NAMED))) {
            text.append("; ").append(p.field()).append(": ").append(p.message());
        }
        if (problems.size() > PROBLEMS_NAMED) {
            text.append("; and ").append(problems.size() - PROBLEMS_NAMED).append(" more problems");
        }
        return new ValidationException(first.field(), text.toString());
    }

    @Override
    public String code() {
        return "VALIDATION";
    }

    @Override
    public String field() {
        return field;
    }

    /**
     * One broken rule, for validators that collect every problem before refusing: the field at
     * fault, a message for the person who sent it, and the rule as a short stable identifier
     * (e.g. {@code unknown-force}, {@code age-range}) that programs can rely on.
     */
    public record Problem(String field, String message, String rule) {
        public Problem(String field, String message) {
            this(field, message, "invalid");
        }
    }
}
