package uk.nciistats.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHasherTest {

    @Test
    void aHashMatchesOnlyItsOwnPassword() {
        var hash = PasswordHasher.hash("correct horse");

        assertThat(PasswordHasher.matches("correct horse", hash)).isTrue();
        assertThat(PasswordHasher.matches("correct horsE", hash)).isFalse();
        assertThat(hash).startsWith("pbkdf2-sha256$310000$").doesNotContain("correct");
    }

    @Test
    void theSamePasswordIsSaltedDifferentlyEachTime() {
        assertThat(PasswordHasher.hash("secret")).isNotEqualTo(PasswordHasher.hash("secret"));
    }

    @Test
    void rolesIncludeTheRightsOfTheRolesBeforeThem() {
        assertThat(Role.EDITOR.groups()).containsExactlyInAnyOrder("VIEWER", "ANALYST", "EDITOR");
        assertThat(Role.VIEWER.includes(Role.ANALYST)).isFalse();
        assertThat(Role.ADMIN.includes(Role.EDITOR)).isTrue();
    }
}
