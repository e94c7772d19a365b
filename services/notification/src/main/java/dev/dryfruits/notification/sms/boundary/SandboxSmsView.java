package dev.dryfruits.notification.sms.boundary;

import dev.dryfruits.notification.sms.entity.SandboxSms;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SandboxSms", description = "An SMS the sandbox provider accepted instead of sending")
public record SandboxSmsView(UUID id, String phone, String body, UUID notificationId, Instant acceptedAt) {

    static SandboxSmsView of(SandboxSms sms) {
        return new SandboxSmsView(sms.id(), sms.phone(), sms.body(), sms.notificationId(), sms.acceptedAt());
    }
}
