package dev.dryfruits.inventory.lots.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One entry of a lot's history: what happened, how many packs it moved, why, and who did it. */
@Entity
@Table(name = "lot_movement")
public class LotMovement {

    @Id
    private UUID id;

    @Column(name = "lot_id", nullable = false)
    private UUID lotId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MovementKind kind;

    @Column(nullable = false)
    private int delta;

    @Column(name = "on_hand_after", nullable = false)
    private int onHandAfter;

    private String reason;

    @Column(name = "actor_id")
    private UUID actorId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected LotMovement() {
        // for JPA
    }

    LotMovement(Lot lot, MovementKind kind, int delta, String reason, UUID actorId, Instant occurredAt) {
        this.id = UUID.randomUUID();
        this.lotId = lot.id();
        this.kind = kind;
        this.delta = delta;
        this.onHandAfter = lot.onHand();
        this.reason = reason;
        this.actorId = actorId;
        this.occurredAt = occurredAt;
    }

    public MovementKind kind() {
        return kind;
    }

    public int delta() {
        return delta;
    }

    public int onHandAfter() {
        return onHandAfter;
    }

    public String reason() {
        return reason;
    }

    public UUID actorId() {
        return actorId;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
