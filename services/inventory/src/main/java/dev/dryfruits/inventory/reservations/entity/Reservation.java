package dev.dryfruits.inventory.reservations.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** Stock held for one order: every line allocated to lots, first expiry first, or none at all. */
@Entity
@Table(name = "reservation")
public class Reservation {

    @Id
    private UUID id;

    @Column(name = "order_id", nullable = false, unique = true)
    private UUID orderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReservationStatus status;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "created_by")
    private UUID createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "reservation", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<Allocation> allocations = new ArrayList<>();

    protected Reservation() {
        // for JPA
    }

    public Reservation(UUID orderId, List<LotPick> picks, Instant expiresAt, UUID createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.orderId = orderId;
        this.status = ReservationStatus.ACTIVE;
        this.expiresAt = expiresAt;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
        for (LotPick pick : picks) {
            allocations.add(new Allocation(this, pick, allocations.size()));
        }
    }

    /** The SKUs whose locks a change to this reservation takes, in lock order. */
    public Set<String> skus() {
        Set<String> skus = new TreeSet<>();
        allocations.forEach(allocation -> skus.add(allocation.sku()));
        return skus;
    }

    public boolean isActive() {
        return status == ReservationStatus.ACTIVE;
    }

    public boolean hasRunOut(Instant now) {
        return status == ReservationStatus.ACTIVE && !expiresAt.isAfter(now);
    }

    public void confirm(Instant now) {
        end(ReservationStatus.CONFIRMED, null, now);
        confirmedAt = now;
    }

    public void release(String reason, Instant now) {
        end(ReservationStatus.RELEASED, reason, now);
    }

    public void expire(Instant now) {
        end(ReservationStatus.EXPIRED, "Not confirmed by " + expiresAt, now);
    }

    /** The order was cancelled before dispatch: the packs it took are back in their lots. */
    public void returned(String reason, Instant now) {
        if (status != ReservationStatus.CONFIRMED) {
            throw new IllegalStateException("Reservation " + id + " is " + status + ", not CONFIRMED");
        }
        status = ReservationStatus.RETURNED;
        statusReason = reason;
        updatedAt = now;
    }

    private void end(ReservationStatus newStatus, String reason, Instant now) {
        if (status != ReservationStatus.ACTIVE) {
            throw new IllegalStateException("Reservation " + id + " is " + status + ", not ACTIVE");
        }
        status = newStatus;
        statusReason = reason;
        updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID orderId() {
        return orderId;
    }

    public ReservationStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public List<Allocation> allocations() {
        return Collections.unmodifiableList(allocations);
    }
}
