package uk.nciistats.errors;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class DomainExceptionTest {

    @Test
    void aRefusalQuotingALongValueIsOneLineOfAThousandCharacters() {
        var refusal = new ValidationException("input.forceCode", "unknown force code '" + "x\n".repeat(30_000) + "'");

        assertThat(refusal.getMessage()).doesNotContain("\n").hasSizeLessThan(DomainException.MAX_MESSAGE + 40)
                .endsWith("(59021 more characters)");
    }

    @Test
    void aRefusalOfManyProblemsNamesTheFirstTenAndCountsTheRest() {
        var problems = IntStream.range(0, 5_000)
                .mapToObj(i -> new ValidationException.Problem("reports[" + i + "].victimAge", "not 300")).toList();

        var refusal = ValidationException.of(problems);

        assertThat(refusal.getMessage()).contains("reports[9].victimAge").doesNotContain("reports[10].")
                .endsWith("and 4990 more problems");
        assertThat(refusal.field()).isEqualTo("reports[0].victimAge");
    }

    @Test
    void aShortRefusalIsUnchanged() {
        assertThat(ValidationException.of(List.of(new ValidationException.Problem("ref", "too long"))).getMessage())
                .isEqualTo("too long");
    }
}
