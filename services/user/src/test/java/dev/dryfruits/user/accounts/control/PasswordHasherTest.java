package dev.dryfruits.user.accounts.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private PasswordHasher hasher;

    @BeforeEach
    void create() {
        hasher = hasherWith(100_000);
    }

    @Test
    void matchesTheRightPasswordOnly() {
        String stored = hasher.hash("cashew-kernels-w240".toCharArray());
        assertThat(hasher.matches("cashew-kernels-w240".toCharArray(), stored)).isTrue();
        assertThat(hasher.matches("cashew-kernels-w320".toCharArray(), stored)).isFalse();
    }

    @Test
    void saltsEveryHash() {
        String first = hasher.hash("same-password-twice".toCharArray());
        String second = hasher.hash("same-password-twice".toCharArray());
        assertThat(first).isNotEqualTo(second).startsWith("pbkdf2-sha256$100000$");
    }

    @Test
    void asksForARehashWhenTheWorkFactorWentUp() {
        String weak = hasher.hash("pistachio-green".toCharArray());
        assertThat(hasher.needsRehash(weak)).isFalse();
        assertThat(hasherWith(200_000).needsRehash(weak)).isTrue();
        assertThat(hasherWith(200_000).matches("pistachio-green".toCharArray(), weak)).isTrue();
    }

    @Test
    void neverMatchesMalformedHashes() {
        assertThat(hasher.matches("anything".toCharArray(), "plain-text")).isFalse();
        assertThat(hasher.matches("anything".toCharArray(), "md5$1$abc$def")).isFalse();
        assertThat(hasher.matchesNothing("anything".toCharArray())).isFalse();
    }

    @Test
    void refusesAWeakWorkFactor() {
        assertThatThrownBy(() -> hasherWith(1_000)).isInstanceOf(IllegalStateException.class);
    }

    private static PasswordHasher hasherWith(int iterations) {
        PasswordHasher hasher = new PasswordHasher();
        hasher.iterations = iterations;
        hasher.maxWaiting = 8;
        hasher.maxWait = java.time.Duration.ofSeconds(2);
        hasher.checkSettings();
        return hasher;
    }
}
