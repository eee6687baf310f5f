package uk.nciistats.security;

import org.junit.jupiter.api.Test;
import uk.nciistats.errors.ValidationException;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountRulesTest {

    @Test
    void aPasswordOfElevenCharactersIsRefusedNamingTheFieldAndTwelveAreEnough() {
        assertThatThrownBy(() -> AccountRules.checkPassword("input.password", "elevenchars", "kim"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("at least 12 characters")
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("input.password"));
        assertThatCode(() -> AccountRules.checkPassword("password", "twelve chars", "kim")).doesNotThrowAnyException();
    }

    @Test
    void aRefusedPasswordIsNeverRepeatedInTheMessage() {
        for (var password : List.of("secret", "x".repeat(129), "Kim.Jones.Ops")) {
            assertThatThrownBy(() -> AccountRules.checkPassword("password", password, "kim.jones.ops")).as(password)
                    .isInstanceOf(ValidationException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(password));
        }
        assertThatThrownBy(() -> AccountRules.checkPassword("password", " ".repeat(12), "kim"))
                .hasMessageContaining("only spaces");
    }

    @Test
    void aUserNameIsLowerCaseLettersDigitsAndAFewMarks() {
        for (var good : List.of("kim", "kim.jones", "k_jones-2", "kim@kent.police.uk", "42")) {
            assertThatCode(() -> AccountRules.checkUsername("input.username", good)).as(good).doesNotThrowAnyException();
        }
        for (var bad : List.of("", " ", "k", "Kim", "kim jones", ".kim", "kim/../x", "x".repeat(65), "kïm")) {
            assertThatThrownBy(() -> AccountRules.checkUsername("input.username", bad)).as(bad)
                    .isInstanceOf(ValidationException.class)
                    .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("input.username"));
        }
    }

    @Test
    void theOnlyEnabledAdministratorIsTheLastOneAndAnyOtherIsNot() {
        var boss = new AppUser("boss", "hash", Role.ADMIN, Instant.EPOCH);
        var editor = new AppUser("ed", "hash", Role.EDITOR, Instant.EPOCH);

        assertThat(UserService.isLastAdministrator(boss, List.of("boss"))).isTrue();
        assertThat(UserService.isLastAdministrator(boss, List.of("boss", "deputy"))).isFalse();
        assertThat(UserService.isLastAdministrator(editor, List.of("boss"))).isFalse();
        boss.disable();
        assertThat(UserService.isLastAdministrator(boss, List.of())).isFalse();
    }
}
