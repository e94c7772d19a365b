package dev.dryfruits.notification.delivery.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NotificationTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    @Test
    void backsOffExponentiallyThenGivesUp() throws Exception {
        Notification notification = newNotification();
        attempt(notification);
        notification.attemptFailed("refused", Duration.ofSeconds(2), 3, NOW);
        assertThat(notification.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(notification.nextAttemptAt()).isEqualTo(NOW.plusSeconds(2));
        attempt(notification);
        notification.attemptFailed("refused", Duration.ofSeconds(2), 3, NOW);
        assertThat(notification.nextAttemptAt()).isEqualTo(NOW.plusSeconds(4));
        attempt(notification);
        notification.attemptFailed("refused again", Duration.ofSeconds(2), 3, NOW);
        assertThat(notification.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(notification.lastError()).isEqualTo("refused again");
    }

    @Test
    void anAdministratorsRetryStartsAFreshRoundButNeverResendsWhatWasSent() throws Exception {
        Notification notification = newNotification();
        attempt(notification);
        notification.attemptFailed("refused", Duration.ofSeconds(2), 1, NOW);
        notification.retry(NOW.plusSeconds(60));
        assertThat(notification.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(notification.attempts()).isZero();
        notification.delivered(NOW.plusSeconds(61));
        assertThatThrownBy(() -> notification.retry(NOW)).isInstanceOf(IllegalStateException.class);
    }

    private static Notification newNotification() {
        return new Notification(UUID.randomUUID(), Channel.EMAIL, "WELCOME", "a@example.com",
                new RenderedMessage("Hi", "Hello", "<p>Hello</p>"), "event-1", NOW);
    }

    /** The claim counts an attempt in the database; here the field is bumped the same way. */
    private static void attempt(Notification notification) throws Exception {
        var attempts = Notification.class.getDeclaredField("attempts");
        attempts.setAccessible(true);
        attempts.setInt(notification, attempts.getInt(notification) + 1);
    }
}
