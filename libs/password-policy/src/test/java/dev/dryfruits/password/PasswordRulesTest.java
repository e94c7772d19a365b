package dev.dryfruits.password;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    private final String email = "Asha.Verma@example.com";

    @Test
    void acceptsALongUnusualPassphrase() {
        assertThat(PasswordRules.weakness("saffron-walnut-harvest", email)).isEmpty();
    }

    @Test
    void refusesShortPasswords() {
        assertThat(PasswordRules.weakness("Sh0rt!pw", email)).hasValueSatisfying(reason -> assertThat(reason).contains("10"));
    }

    @Test
    void refusesCommonPasswordsWhateverTheirCase() {
        assertThat(PasswordRules.weakness("Password123", email)).hasValueSatisfying(
                reason -> assertThat(reason).contains("common"));
    }

    @Test
    void refusesPasswordsBuiltFromTheEmail() {
        assertThat(PasswordRules.weakness("asha.verma-2026", email)).hasValueSatisfying(
                reason -> assertThat(reason).contains("email"));
    }

    @Test
    void refusesOneCharacterRepeated() {
        assertThat(PasswordRules.weakness("zzzzzzzzzzzzzz", email)).isPresent();
        assertThat(PasswordRules.weakness("abababababab", email)).isPresent();
    }

    @Test
    void refusesOverlongPasswords() {
        assertThat(PasswordRules.weakness("a1b2c3d4e5".repeat(13), email)).isPresent();
    }

    @Test
    void countsCharactersNotBytes() {
        assertThat(PasswordRules.weakness("बादामकाजूकिशमिश", email)).isEmpty();
    }

    @Test
    void refusesTheLocalAdministratorsPasswordWhenItNamesTheAccount() {
        assertThat(PasswordRules.weakness("dryfruits-admin-2026", "admin@dryfruits.local"))
                .hasValue("must not contain your email address");
        assertThat(PasswordRules.weakness("dryfruits-local-2026", "admin@dryfruits.local")).isEmpty();
    }
}
