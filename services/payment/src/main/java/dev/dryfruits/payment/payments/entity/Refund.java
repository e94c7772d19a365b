package dev.dryfruits.payment.payments.entity;

import dev.dryfruits.kit.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * Money going back to a customer, all or part of a captured payment: recorded here first (REQUESTED, under its own
 * idempotency key), then accepted by the processor (PENDING, its id kept), then paid back by the bank (PROCESSED).
 * The processor is asked under this refund's id as its idempotency key, so asking again never refunds twice.
 */
@Entity
@Table(name = "refund")
public class Refund {

    @Id
    private UUID id;

    @Column(name = "payment_id", nullable = false, updatable = false)
    private UUID paymentId;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;

    @Column(name = "amount_minor", nullable = false, updatable = false)
    private long amountMinor;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(nullable = false, updatable = false)
    private boolean automatic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RefundStatus status;

    @Column(name = "failure_reason")
    private String failureReason;

    @Column(name = "processor_id")
    private String processorId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Refund() {
        // for JPA
    }

    public Refund(UUID paymentId, String idempotencyKey, Money amount, String reason, boolean automatic,
                  Instant now) {
        this.id = UUID.randomUUID();
        this.paymentId = paymentId;
        this.idempotencyKey = idempotencyKey;
        this.amountMinor = amount.minorUnits();
        this.currency = amount.currency().getCurrencyCode();
        this.reason = reason;
        this.automatic = automatic;
        this.status = RefundStatus.REQUESTED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** @return true when this is news: the processor accepted it just now */
    public boolean accepted(String processorRefundId, Instant now) {
        if (status != RefundStatus.REQUESTED) {
            return false;
        }
        processorId = processorRefundId;
        status = RefundStatus.PENDING;
        updatedAt = now;
        return true;
    }

    /** @return true when this is news: the bank paid it back just now */
    public boolean processed(Instant now) {
        if (status != RefundStatus.PENDING) {
            return false;
        }
        status = RefundStatus.PROCESSED;
        updatedAt = now;
        return true;
    }

    public void refused(String why, Instant now) {
        status = RefundStatus.FAILED;
        failureReason = why;
        updatedAt = now;
    }

    public void checked(Instant now) {
        updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID paymentId() {
        return paymentId;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public Money amount() {
        return Money.ofMinor(amountMinor, currency);
    }

    public String reason() {
        return reason;
    }

    public boolean isAutomatic() {
        return automatic;
    }

    public RefundStatus status() {
        return status;
    }

    public String failureReason() {
        return failureReason;
    }

    public String processorId() {
        return processorId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
