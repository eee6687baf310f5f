package uk.nciistats.errors;

/**
 * A request the domain refuses. Each subclass maps to one error code of the public contract;
 * the message is written for the person who sent the request and never holds internals. It is one
 * line of at most {@link #MAX_MESSAGE} characters: it may quote what the person sent, and it reaches
 * the server's log (Liberty records an incident for an exception leaving a transaction).
 */
public abstract class DomainException extends RuntimeException {
    static final int MAX_MESSAGE = 1_000;

    protected DomainException(String message) {
        super(oneShortLine(message), null, false, false);
    }

    private static String oneShortLine(String message) {
        if (message == null) {
            return null;
        }
        var line = new StringBuilder(Math.min(message.length(), MAX_MESSAGE) + 40);
        for (int i = 0; i < message.length() && i < MAX_MESSAGE; i++) {
            char c = message.charAt(i);
            line.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }
        if (message.length() > MAX_MESSAGE) {
            line.append("… (").append(message.length() - MAX_MESSAGE).append(" more characters)");
        }
        return line.toString();
    }

    /** The contract's error code: VALIDATION, NOT_FOUND, CONFLICT, FORBIDDEN, TOO_COMPLEX. */
    public abstract String code();

    /** The input field or argument at fault, when there is one. */
    public String field() {
        return null;
    }
}
