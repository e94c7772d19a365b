package dev.dryfruits.notification.delivery.boundary;

import dev.dryfruits.notification.delivery.entity.Notification;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Notification", description = "One message on one channel and how its delivery went")
public record NotificationView(
        UUID id,
        UUID userId,
        @Schema(enumeration = {"EMAIL", "SMS"}) String channel,
        @Schema(example = "WELCOME") String type,
        @Schema(description = "Email address or phone number") String recipient,
        String subject,
        @Schema(enumeration = {"PENDING", "SENT", "FAILED"}) String status,
        int attempts,
        @Schema(description = "Why the last attempt failed (administrators only)") String lastError,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant sentAt) {

    static NotificationView forOwner(Notification notification) {
        return of(notification, false);
    }

    static NotificationView forAdministrator(Notification notification) {
        return of(notification, true);
    }

    private static NotificationView of(Notification n, boolean administrator) {
        return new NotificationView(n.id(), n.userId(), n.channel().name(), n.type(), n.recipient(),
                n.message().subject(), n.status().name(), n.attempts(), administrator ? n.lastError() : null,
                n.createdAt(), n.status().name().equals("PENDING") ? n.nextAttemptAt() : null, n.sentAt());
    }
}
