package dev.dryfruits.notification.deadletters.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A message some consumer gave up on, with why, kept until an administrator replays it. */
@Entity
@Table(name = "dead_letter")
public class DeadLetter {

    public enum Status {
        NEW, REPLAYED
    }

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String service;

    @Column(nullable = false, updatable = false)
    private String consumer;

    @Column(nullable = false, updatable = false)
    private String topic;

    @Column(nullable = false, updatable = false)
    private int partition;

    @Column(name = "record_offset", nullable = false, updatable = false)
    private long recordOffset;

    @Column(name = "record_key", updatable = false)
    private String recordKey;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(nullable = false, updatable = false)
    private int attempts;

    @Column(name = "failed_at", nullable = false, updatable = false)
    private Instant failedAt;

    @Column(nullable = false, updatable = false)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "replayed_at")
    private Instant replayedAt;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Version
    private long version;

    protected DeadLetter() {
        // for JPA
    }

    public void replayed(Instant now) {
        this.status = Status.REPLAYED;
        this.replayedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String service() {
        return service;
    }

    public String consumer() {
        return consumer;
    }

    public String topic() {
        return topic;
    }

    public int partition() {
        return partition;
    }

    public long recordOffset() {
        return recordOffset;
    }

    public String recordKey() {
        return recordKey;
    }

    public String reason() {
        return reason;
    }

    public int attempts() {
        return attempts;
    }

    public Instant failedAt() {
        return failedAt;
    }

    public String payload() {
        return payload;
    }

    public Status status() {
        return status;
    }

    public Instant replayedAt() {
        return replayedAt;
    }

    public Instant receivedAt() {
        return receivedAt;
    }
}
