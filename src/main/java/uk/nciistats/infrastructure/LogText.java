package uk.nciistats.infrastructure;

/**
 * Text that came from a request, made fit for one line of the server's log: control characters
 * (line breaks among them) become spaces and anything past {@link #LIMIT} characters is cut, saying
 * how much was left out. A log line never carries a query, a body or a file in full: one long line
 * once hung the console of {@code mvn liberty:run}, and the log is no place for what users send.
 */
public final class LogText {
    static final int LIMIT = 200;
    /** Frames of a failure's stack trace worth logging; a stack overflow has a thousand more. */
    static final int FRAMES = 40;

    private LogText() {
    }

    /** {@code text} on one line, at most {@link #LIMIT} characters of it. */
    public static String of(Object text) {
        if (text == null) {
            return "null";
        }
        var s = String.valueOf(text);
        var out = new StringBuilder(Math.min(s.length(), LIMIT) + 40);
        for (int i = 0; i < s.length() && i < LIMIT; i++) {
            char c = s.charAt(i);
            out.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }
        if (s.length() > LIMIT) {
            out.append("… (").append(s.length() - LIMIT).append(" more characters)");
        }
        return out.toString();
    }

    /**
     * The failure as it may be logged: the same classes and frames, each message through {@link #of},
     * the stack traces cut to {@link #FRAMES} frames and the chain of causes to ten.
     */
    public static Throwable failure(Throwable failure) {
        return copy(failure, 10);
    }

    private static Throwable copy(Throwable failure, int causes) {
        if (failure == null) {
            return null;
        }
        var message = failure.getMessage();
        var copy = new Logged(failure.getClass().getName() + (message == null ? "" : ": " + of(message)),
                causes == 0 ? null : copy(failure.getCause(), causes - 1));
        var frames = failure.getStackTrace();
        var kept = new StackTraceElement[Math.min(frames.length, FRAMES)];
        System.arraycopy(frames, 0, kept, 0, kept.length);
        copy.setStackTrace(kept);
        return copy;
    }

    /** A failure as logged: its message names the original class. */
    private static final class Logged extends RuntimeException {
        Logged(String message, Throwable cause) {
            super(message, cause, false, true);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
