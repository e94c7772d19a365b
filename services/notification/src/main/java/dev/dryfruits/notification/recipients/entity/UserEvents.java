package dev.dryfruits.notification.recipients.entity;

import java.util.Optional;
import java.util.UUID;

/** The user service's events the directory of recipients is kept from, with the fields it uses (docs/events.md). */
public final class UserEvents {

    private UserEvents() {
    }

    public record UserRegistered(UUID userId, String email, String fullName, Optional<String> phone, String role) {
    }

    public record UserUpdated(UUID userId, String email, String fullName, Optional<String> phone, String role) {
    }

    public record UserDisabled(UUID userId) {
    }

    public record UserEnabled(UUID userId) {
    }
}
