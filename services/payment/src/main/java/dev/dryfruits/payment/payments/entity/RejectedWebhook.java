package dev.dryfruits.payment.payments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A webhook refused because its signature did not verify: who sent what, kept for the administrators. */
@Entity
@Table(name = "rejected_webhook")
public class RejectedWebhook {

    static final int EXCERPT = 2000;

    @Id
    private UUID id;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(nullable = false)
    private String reason;

    @Column(name = "event_id")
    private String eventId;

    @Column
    private String signature;

    @Column(name = "remote_addr")
    private String remoteAddress;

    @Column(name = "body_sha256", nullable = false)
    private String bodySha256;

    @Column(name = "body_excerpt")
    private String bodyExcerpt;

    protected RejectedWebhook() {
        // for JPA
    }

    public RejectedWebhook(String reason, String eventId, String signature, String remoteAddress, String bodySha256,
                           String body, Instant now) {
        this.id = UUID.randomUUID();
        this.receivedAt = now;
        this.reason = clip(reason, 200);
        this.eventId = clip(eventId, 100);
        this.signature = clip(signature, 200);
        this.remoteAddress = clip(remoteAddress, 64);
        this.bodySha256 = bodySha256;
        this.bodyExcerpt = clip(body, EXCERPT);
    }

    /** At most {@code max} characters, without NUL (which PostgreSQL's text refuses: a forged body may carry one). */
    private static String clip(String value, int max) {
        String text = value == null ? null : value.replace('\u0000', '\uFFFD');
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public UUID id() {
        return id;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String reason() {
        return reason;
    }

    public String eventId() {
        return eventId;
    }

    public String signature() {
        return signature;
    }

    public String remoteAddress() {
        return remoteAddress;
    }

    public String bodySha256() {
        return bodySha256;
    }

    public String bodyExcerpt() {
        return bodyExcerpt;
    }
}
