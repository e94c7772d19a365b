package dev.dryfruits.payment.payments.entity;

import dev.dryfruits.kit.money.Money;
import dev.dryfruits.payment.processor.entity.ProviderPayment;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * A payment for an order (one per order and attempt), mirroring what the processor holds. The processor's news
 * arrives late, twice and out of order (webhooks, or its answer when asked): {@link #learn} applies any view of the
 * processor's in any order and reaches the same state, because a payment only moves forward (created, then
 * authorised, then captured; or failed, or expired) and a capture is recorded once.
 * <p>
 * {@code abandoned}: the order no longer wants this payment (it was cancelled, or the payment failed or expired).
 * An abandoned payment is never captured; if the money is taken anyway (a bank's success after the expiry, a
 * customer paying a cancelled order) it is refunded.
 */
@Entity
@Table(name = "payment")
public class Payment {

    private static final Set<PaymentStatus> OPEN = EnumSet.of(PaymentStatus.CREATED, PaymentStatus.AUTHORIZED);

    @Id
    private UUID id;

    @Column(name = "order_id", nullable = false, updatable = false)
    private UUID orderId;

    @Column(nullable = false, updatable = false)
    private int attempt;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private UUID customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PaymentMethod method;

    @Column(name = "amount_minor", nullable = false, updatable = false)
    private long amountMinor;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(name = "request_digest", nullable = false, updatable = false)
    private String requestDigest;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PaymentStatus status;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(nullable = false)
    private boolean abandoned;

    @Column(name = "processor_id")
    private String processorId;

    @Embedded
    private PaymentInstrument instrument;

    @Column(name = "next_action_type")
    private String nextActionType;

    @Column(name = "next_action_url")
    private String nextActionUrl;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "captured_minor", nullable = false)
    private long capturedMinor;

    @Column(name = "refunded_minor", nullable = false)
    private long refundedMinor;

    @Column(name = "late_success", nullable = false)
    private boolean lateSuccess;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "checked_at")
    private Instant checkedAt;

    @Version
    private long version;

    protected Payment() {
        // for JPA
    }

    /** A new payment: cash on delivery is recorded as pending collection; the others go to the processor next. */
    public Payment(UUID orderId, int attempt, UUID customerId, PaymentMethod method, Money amount,
                   String requestDigest, Instant now) {
        this.id = UUID.randomUUID();
        this.orderId = orderId;
        this.attempt = attempt;
        this.customerId = customerId;
        this.method = method;
        this.amountMinor = amount.minorUnits();
        this.currency = amount.currency().getCurrencyCode();
        this.requestDigest = requestDigest;
        this.status = method == PaymentMethod.COD ? PaymentStatus.COD_PENDING : PaymentStatus.CREATED;
        this.statusReason = method == PaymentMethod.COD ? "To be collected by the carrier on delivery" : null;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** What a view of the processor's changed, for the caller to act on (events, ledger, capture, refund). */
    public record Learned(boolean failed, boolean captured, boolean capturedWhileAbandoned) {

        static final Learned NOTHING = new Learned(false, false, false);

        public boolean anything() {
            return failed || captured || capturedWhileAbandoned;
        }
    }

    /**
     * Applies the processor's view of this payment. A success the processor reports as late (after the expiry) is
     * first an expiry, whatever order the news came in: the order was told the payment expired, so the money taken
     * afterwards goes back.
     */
    public Learned learn(ProviderPayment seen, Instant now) {
        boolean failed = false;
        boolean captured = false;
        boolean capturedAbandoned = false;
        if (processorId == null) {
            processorId = seen.id();
        }
        if (instrument == null || (instrument.cardLast4() == null && instrument.vpa() == null
                && instrument.bank() == null)) {
            instrument = new PaymentInstrument(seen.cardToken(), seen.cardLast4(), seen.cardNetwork(), seen.vpa(),
                    seen.bank());
        }
        if (expiresAt == null) {
            expiresAt = seen.expiresAt();
        }
        if (seen.lateSuccess() && OPEN.contains(status)) {
            failed = end(PaymentStatus.EXPIRED, "Not paid before " + seen.expiresAt() + "; the bank's success came"
                    + " after that and is refunded");
        }
        switch (seen.status()) {
            case AUTHORIZED -> {
                if (status == PaymentStatus.CREATED) {
                    status = PaymentStatus.AUTHORIZED;
                    statusReason = null;
                } else if (abandoned && capturedMinor == 0) {
                    statusReason = "Authorised after the order gave up: left uncaptured, the authorisation lapses";
                }
            }
            case CAPTURED -> {
                if (capturedMinor == 0 && seen.capturedMinor() > 0) {
                    capturedMinor = seen.capturedMinor();
                    lateSuccess = seen.lateSuccess();
                    if (abandoned) {
                        capturedAbandoned = true;
                        statusReason = "Paid after the order gave up: refunded in full";
                    } else {
                        captured = true;
                        statusReason = null;
                    }
                    status = PaymentStatus.CAPTURED;
                }
            }
            case FAILED -> failed |= OPEN.contains(status) && end(PaymentStatus.FAILED, seen.failureReason() == null
                    ? "Declined" : seen.failureReason());
            case EXPIRED -> failed |= OPEN.contains(status) && end(PaymentStatus.EXPIRED,
                    seen.failureReason() == null ? "Not paid in time" : seen.failureReason());
            case CREATED -> {
                // Nothing new: the customer has not paid yet.
            }
        }
        if (status == PaymentStatus.CREATED || status == PaymentStatus.AUTHORIZED) {
            nextActionType = seen.nextActionType();
            nextActionUrl = seen.nextActionUrl();
        } else {
            nextActionType = null;
            nextActionUrl = null;
        }
        updatedAt = now;
        checkedAt = now;
        return failed || captured || capturedAbandoned ? new Learned(failed, captured, capturedAbandoned)
                : Learned.NOTHING;
    }

    private boolean end(PaymentStatus ending, String reason) {
        boolean wasWanted = !abandoned;
        status = ending;
        statusReason = reason;
        abandoned = true;
        return wasWanted;
    }

    /** The processor refused to create it (an instrument it does not accept). */
    public void refused(String reason, Instant now) {
        end(PaymentStatus.FAILED, reason);
        updatedAt = now;
    }

    /** The processor could not be asked, or has never heard of it: it cannot be paid. */
    public boolean fail(String reason, Instant now) {
        updatedAt = now;
        checkedAt = now;
        return OPEN.contains(status) && end(PaymentStatus.FAILED, reason);
    }

    /**
     * The order gave up: nothing more is captured; a payment not yet paid is cancelled.
     *
     * @return what is captured and not yet refunded, which must go back
     */
    public long abandon(String reason, Instant now) {
        if (status == PaymentStatus.CREATED || status == PaymentStatus.COD_PENDING) {
            status = PaymentStatus.CANCELLED;
            statusReason = reason;
        } else if (status == PaymentStatus.AUTHORIZED) {
            statusReason = reason + "; the authorisation lapses uncaptured";
        }
        abandoned = true;
        updatedAt = now;
        return refundable();
    }

    /** Captured and not yet refunded (or asked to be). */
    public long refundable() {
        return capturedMinor - refundedMinor;
    }

    /** Holds {@code amountMinor} of what is captured for a refund. */
    public void refunding(long refundMinor, Instant now) {
        if (refundMinor <= 0 || refundMinor > refundable()) {
            throw new IllegalArgumentException("Cannot refund " + refundMinor + " of " + refundable());
        }
        refundedMinor += refundMinor;
        updatedAt = now;
    }

    /** A refund the processor refused gives its amount back to what may be refunded. */
    public void refundRefused(long refundMinor, Instant now) {
        refundedMinor -= refundMinor;
        updatedAt = now;
    }

    /** Every refund of it has been paid back: when that is all of it, it is refunded. */
    public void refundsProcessed(long processedMinor, Instant now) {
        if (capturedMinor > 0 && processedMinor == capturedMinor) {
            status = PaymentStatus.REFUNDED;
        }
        updatedAt = now;
    }

    /** An authorised card payment the order still wants: it is captured next. */
    public boolean awaitsCapture() {
        return status == PaymentStatus.AUTHORIZED && !abandoned && capturedMinor == 0 && processorId != null;
    }

    public void checked(Instant now) {
        checkedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID orderId() {
        return orderId;
    }

    public int attempt() {
        return attempt;
    }

    public UUID customerId() {
        return customerId;
    }

    public PaymentMethod method() {
        return method;
    }

    public Money amount() {
        return Money.ofMinor(amountMinor, currency);
    }

    public String requestDigest() {
        return requestDigest;
    }

    public PaymentStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    public boolean isAbandoned() {
        return abandoned;
    }

    public String processorId() {
        return processorId;
    }

    public PaymentInstrument instrument() {
        return instrument;
    }

    public String nextActionType() {
        return nextActionType;
    }

    public String nextActionUrl() {
        return nextActionUrl;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Money captured() {
        return Money.ofMinor(capturedMinor, currency);
    }

    public Money refunded() {
        return Money.ofMinor(refundedMinor, currency);
    }

    public boolean isLateSuccess() {
        return lateSuccess;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
