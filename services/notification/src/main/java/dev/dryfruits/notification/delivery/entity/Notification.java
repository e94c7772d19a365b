package dev.dryfruits.notification.delivery.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** One message to one person on one channel, and the story of its delivery. */
@Entity
@Table(name = "notification")
public class Notification {

    private static final int MAX_ERROR = 1000;

    @Id
    private UUID id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private UUID userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Channel channel;

    @Column(nullable = false, updatable = false)
    private String type;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Column(updatable = false)
    private String subject;

    @Column(name = "body_text", nullable = false, updatable = false)
    private String bodyText;

    @Column(name = "body_html", updatable = false)
    private String bodyHtml;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeliveryStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "source_event_id", nullable = false, updatable = false)
    private String sourceEventId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    private long version;

    protected Notification() {
        // for JPA
    }

    public Notification(UUID userId, Channel channel, String type, String recipient, RenderedMessage message,
                        String sourceEventId, Instant now) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.channel = channel;
        this.type = type;
        this.recipient = recipient;
        this.subject = message.subject();
        this.bodyText = message.text();
        this.bodyHtml = message.html();
        this.status = DeliveryStatus.PENDING;
        this.attempts = 0;
        this.nextAttemptAt = now;
        this.sourceEventId = sourceEventId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void delivered(Instant now) {
        this.status = DeliveryStatus.SENT;
        this.sentAt = now;
        this.lastError = null;
        this.claimedUntil = null;
        this.updatedAt = now;
    }

    /**
     * Records a failed attempt (the claim already counted it): try again after {@code delay}, doubled per attempt,
     * or give up after {@code maxAttempts}.
     */
    public void attemptFailed(String error, Duration firstDelay, int maxAttempts, Instant now) {
        this.lastError = error == null ? "unknown error"
                : error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        this.claimedUntil = null;
        this.updatedAt = now;
        if (attempts >= maxAttempts) {
            this.status = DeliveryStatus.FAILED;
        } else {
            this.nextAttemptAt = now.plus(firstDelay.multipliedBy(1L << Math.min(attempts - 1, 20)));
        }
    }

    /** An administrator asks for another round of attempts. */
    public void retry(Instant now) {
        if (status == DeliveryStatus.SENT) {
            throw new IllegalStateException("Notification " + id + " was already sent");
        }
        this.status = DeliveryStatus.PENDING;
        this.attempts = 0;
        this.nextAttemptAt = now;
        this.claimedUntil = null;
        this.updatedAt = now;
    }

    public RenderedMessage message() {
        return new RenderedMessage(subject, bodyText, bodyHtml);
    }

    public UUID id() {
        return id;
    }

    public UUID userId() {
        return userId;
    }

    public Channel channel() {
        return channel;
    }

    public String type() {
        return type;
    }

    public String recipient() {
        return recipient;
    }

    public DeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String sourceEventId() {
        return sourceEventId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
