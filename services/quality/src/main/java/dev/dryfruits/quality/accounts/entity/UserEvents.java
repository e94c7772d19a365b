package dev.dryfruits.quality.accounts.entity;

import java.util.UUID;

/** The user service's events this component reads, with the fields it uses (docs/events.md). */
public final class UserEvents {

    private UserEvents() {
    }

    public record UserRegistered(UUID userId, String email, String fullName, String role) {
    }

    public record UserUpdated(UUID userId, String email, String fullName, String role) {
    }

    public record UserDisabled(UUID userId) {
    }

    public record UserEnabled(UUID userId) {
    }
}
