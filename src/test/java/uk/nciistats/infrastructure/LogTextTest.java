package uk.nciistats.infrastructure;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class LogTextTest {

    @Test
    void textFromARequestBecomesOneShortLine() {
        var text = LogText.of("first\nsecond\r\tthird\u2028" + "x".repeat(10_000));

        assertThat(text).doesNotContain("\n").doesNotContain("\r").doesNotContain("\t").doesNotContain("\u2028");
        assertThat(text).startsWith("first second  third ").endsWith("(9820 more characters)");
        assertThat(text.length()).isLessThan(LogText.LIMIT + 40);
    }

    @Test
    void aFailureIsLoggedWithItsClassesShortMessagesAndAFewFrames() {
        var overflow = overflow(0);
        var failure = new IllegalStateException("bad value '" + "q".repeat(5_000) + "'\nnext line", overflow);

        var logged = new StringWriter();
        LogText.failure(failure).printStackTrace(new PrintWriter(logged));

        assertThat(logged.toString()).contains("java.lang.IllegalStateException: bad value")
                .contains("Caused by: java.lang.StackOverflowError").doesNotContain("next line\n");
        assertThat(logged.toString().lines()).hasSizeLessThan(2 * LogText.FRAMES + 10)
                .allSatisfy(line -> assertThat(line.length()).isLessThan(LogText.LIMIT + 100));
    }

    private static StackOverflowError overflow(int depth) {
        try {
            return overflow(depth + 1);
        } catch (StackOverflowError e) {
            return e;
        }
    }
}
