package dev.dryfruits.user.accounts.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dryfruits.user.accounts.entity.EmailAddress;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();
    private final EmailAddress email = EmailAddress.of("Asha.Verma@example.com");

    @Test
    void acceptsALongUnusualPassphrase() {
        assertThat(policy.weakness("saffron-walnut-harvest", email)).isEmpty();
    }

    @Test
    void refusesShortPasswords() {
        assertThat(policy.weakness("Sh0rt!pw", email)).hasValueSatisfying(reason -> assertThat(reason).contains("10"));
    }

    @Test
    void refusesCommonPasswordsWhateverTheirCase() {
        assertThat(policy.weakness("Password123", email)).hasValueSatisfying(
                reason -> assertThat(reason).contains("common"));
    }

    @Test
    void refusesPasswordsBuiltFromTheEmail() {
        assertThat(policy.weakness("asha.verma-2026", email)).hasValueSatisfying(
                reason -> assertThat(reason).contains("email"));
    }

    @Test
    void refusesOneCharacterRepeated() {
        assertThat(policy.weakness("zzzzzzzzzzzzzz", email)).isPresent();
        assertThat(policy.weakness("abababababab", email)).isPresent();
    }

    @Test
    void refusesOverlongPasswords() {
        assertThat(policy.weakness("a1b2c3d4e5".repeat(13), email)).isPresent();
    }

    @Test
    void countsCharactersNotBytes() {
        assertThat(policy.weakness("बादामकाजूकिशमिश", email)).isEmpty();
    }
}
