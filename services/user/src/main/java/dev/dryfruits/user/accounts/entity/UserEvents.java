package dev.dryfruits.user.accounts.entity;

import java.util.UUID;

/**
 * What the user service tells the others, on the topic {@value #TOPIC} keyed by user id (see docs/events.md).
 * Each record is the data of one event; the record's name is the event's name.
 */
public final class UserEvents {

    public static final String TOPIC = "dryfruits.users";

    private UserEvents() {
    }

    public record UserRegistered(UUID userId, String email, String fullName, String role, String phone) {
        public static UserRegistered of(UserAccount account) {
            return new UserRegistered(account.id(), account.email().value(), account.fullName(), account.role().name(),
                    account.phone());
        }
    }

    public record UserUpdated(UUID userId, String email, String fullName, String role, String phone, String status) {
        public static UserUpdated of(UserAccount account) {
            return new UserUpdated(account.id(), account.email().value(), account.fullName(), account.role().name(),
                    account.phone(), account.status().name());
        }
    }

    public record UserDisabled(UUID userId, String reason) {
    }

    public record UserEnabled(UUID userId) {
    }
}
