package dev.dryfruits.notification.sms.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An SMS the sandbox provider accepted instead of sending it. */
@Entity
@Table(name = "sandbox_sms")
public class SandboxSms {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String phone;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "notification_id", nullable = false, updatable = false)
    private UUID notificationId;

    @Column(name = "accepted_at", nullable = false, updatable = false)
    private Instant acceptedAt;

    protected SandboxSms() {
        // for JPA
    }

    public SandboxSms(String phone, String body, UUID notificationId, Instant now) {
        this.id = UUID.randomUUID();
        this.phone = phone;
        this.body = body;
        this.notificationId = notificationId;
        this.acceptedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String phone() {
        return phone;
    }

    public String body() {
        return body;
    }

    public UUID notificationId() {
        return notificationId;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }
}
