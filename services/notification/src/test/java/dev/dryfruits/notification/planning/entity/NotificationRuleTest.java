package dev.dryfruits.notification.planning.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dryfruits.notification.delivery.entity.Channel;
import org.junit.jupiter.api.Test;

class NotificationRuleTest {

    @Test
    void readsTypeChannelsAndTheTransactionalFlag() {
        NotificationRule welcome = NotificationRule.parse("UserRegistered", " WELCOME : EMAIL+sms ");
        assertThat(welcome.type()).isEqualTo("WELCOME");
        assertThat(welcome.channels()).containsExactlyInAnyOrder(Channel.EMAIL, Channel.SMS);
        assertThat(welcome.transactional()).isFalse();
        assertThat(NotificationRule.parse("UserDisabled", "ACCOUNT_DISABLED:EMAIL:transactional").transactional())
                .isTrue();
    }

    @Test
    void refusesWhatItCannotRead() {
        assertThatThrownBy(() -> NotificationRule.parse("X", "WELCOME")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NotificationRule.parse("X", "WELCOME:PIGEON")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NotificationRule.parse("X", "WELCOME:EMAIL:urgent"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
