package dev.dryfruits.user.auth.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private final LoginThrottle throttle = throttle();

    @Test
    void letsTheFirstFailuresRetryAtOnce() {
        assertThat(throttle.waitBeforeNextAttempt(0, null, null, NOW)).isZero();
        assertThat(throttle.waitBeforeNextAttempt(2, NOW, null, NOW)).isZero();
    }

    @Test
    void doublesTheWaitAfterTheFreeAttempts() {
        assertThat(throttle.waitBeforeNextAttempt(3, NOW, null, NOW)).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.waitBeforeNextAttempt(4, NOW, null, NOW)).isEqualTo(Duration.ofSeconds(2));
        assertThat(throttle.waitBeforeNextAttempt(6, NOW, null, NOW)).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void capsTheWait() {
        assertThat(throttle.waitBeforeNextAttempt(9, NOW, null, NOW)).isEqualTo(Duration.ofMinutes(1));
        assertThat(throttle.waitBeforeNextAttempt(40, NOW, null, NOW)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void countsTheWaitFromTheLastFailure() {
        Instant lastFailure = NOW.minusSeconds(3);
        assertThat(throttle.waitBeforeNextAttempt(5, lastFailure, null, NOW)).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.waitBeforeNextAttempt(4, lastFailure, null, NOW)).isZero();
    }

    @Test
    void waitsOutALock() {
        Instant lockedUntil = NOW.plus(Duration.ofMinutes(15));
        assertThat(throttle.waitBeforeNextAttempt(0, NOW, lockedUntil, NOW)).isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.waitBeforeNextAttempt(0, NOW, lockedUntil, lockedUntil)).isZero();
    }

    private static LoginThrottle throttle() {
        LoginThrottle throttle = new LoginThrottle();
        throttle.freeAttempts = 3;
        throttle.lockAfter = 10;
        throttle.lockDuration = Duration.ofMinutes(15);
        throttle.maxDelay = Duration.ofMinutes(1);
        return throttle;
    }
}
