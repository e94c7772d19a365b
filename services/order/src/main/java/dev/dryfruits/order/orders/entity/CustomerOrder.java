package dev.dryfruits.order.orders.entity;

import dev.dryfruits.kit.money.Money;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A customer's order from one checkout, with one sub-order per seller, and the state of its saga: hold the stock,
 * make the payment, wait for the customer to pay, take the stock and confirm; or undo what was done (release or
 * return the stock, stop or refund the payment) and cancel. Every step's outcome is kept here, so the saga resumes
 * from it after any crash; the saga driver does the remote work of {@link #step()} outside any transaction.
 */
@Entity
@Table(name = "customer_order")
public class CustomerOrder {

    private static final Set<OrderStatus> CANCELLABLE = EnumSet.of(OrderStatus.PENDING_PAYMENT, OrderStatus.CONFIRMED);

    @Id
    private UUID id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private UUID customerId;

    @Column(name = "idempotency_key")
    private String idempotencyKey;

    @Column(name = "request_digest", nullable = false, updatable = false)
    private String requestDigest;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "saga_step", nullable = false)
    private SagaStep step;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancel_code")
    private CancelCode cancelCode;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "payment_method", nullable = false, updatable = false)
    private String paymentMethod;

    @Embedded
    private ShipTo shipTo;

    @Column(name = "place_of_supply_code", nullable = false, updatable = false)
    private String placeOfSupplyCode;

    @Column(name = "place_of_supply_name", nullable = false, updatable = false)
    private String placeOfSupplyName;

    @Column(name = "goods_minor", nullable = false, updatable = false)
    private long goodsMinor;

    @Column(name = "shipping_minor", nullable = false, updatable = false)
    private long shippingMinor;

    @Column(name = "cod_fee_minor", nullable = false, updatable = false)
    private long codFeeMinor;

    @Column(name = "total_minor", nullable = false, updatable = false)
    private long totalMinor;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(name = "reservation_id")
    private UUID reservationId;

    @Column(name = "payment_id")
    private UUID paymentId;

    @Column(name = "payment_status")
    private String paymentStatus;

    @Column(name = "payment_action_type")
    private String paymentActionType;

    @Column(name = "payment_action_url")
    private String paymentActionUrl;

    @Column(name = "refund_pending_minor", nullable = false)
    private long refundPendingMinor;

    @Column(name = "refunded_minor", nullable = false)
    private long refundedMinor;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "placed_at", nullable = false, updatable = false)
    private Instant placedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<SubOrder> subOrders = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_history", joinColumns = @JoinColumn(name = "order_id"))
    @OrderBy("at")
    private List<StatusChange> history = new ArrayList<>();

    protected CustomerOrder() {
        // for JPA
    }

    /** What the order costs in all, as quoted. */
    public record Totals(Money goods, Money shipping, Money codFee, Money total) {
    }

    /** A new order being placed; its sub-orders follow ({@link #addSubOrder}). */
    public CustomerOrder(UUID customerId, String idempotencyKey, String requestDigest, String paymentMethod,
                         ShipTo shipTo, String placeOfSupplyCode, String placeOfSupplyName, Totals totals,
                         Instant now) {
        this.id = UUID.randomUUID();
        this.customerId = customerId;
        this.idempotencyKey = idempotencyKey;
        this.requestDigest = requestDigest;
        this.paymentMethod = paymentMethod;
        this.shipTo = shipTo;
        this.placeOfSupplyCode = placeOfSupplyCode;
        this.placeOfSupplyName = placeOfSupplyName;
        this.goodsMinor = totals.goods().minorUnits();
        this.shippingMinor = totals.shipping().minorUnits();
        this.codFeeMinor = totals.codFee().minorUnits();
        this.totalMinor = totals.total().minorUnits();
        this.currency = totals.total().currency().getCurrencyCode();
        this.placedAt = now;
        this.updatedAt = now;
        this.step = SagaStep.NONE;
        // Held by the placing request until it finishes; the saga driver takes over if that request dies.
        this.leaseUntil = now.plus(PLACING_LEASE);
        moveTo(OrderStatus.PLACING, "Checkout started", now);
    }

    /** How long the placing request may take before the saga driver takes it for dead and undoes what it did. */
    public static final Duration PLACING_LEASE = Duration.ofMinutes(1);

    public SubOrder addSubOrder(SubOrder.Seller seller, SubOrder.Charges charges, List<OrderLine> lines) {
        SubOrder subOrder = new SubOrder(this, subOrders.size() + 1, seller, charges, lines);
        subOrders.add(subOrder);
        return subOrder;
    }

    public void stockHeld(UUID reservation, Instant now) {
        this.reservationId = reservation;
        this.updatedAt = now;
    }

    /** The payment exists: the customer is asked to pay (cash on delivery: the order confirms next). */
    public void paymentCreated(UUID payment, String status, String actionType, String actionUrl, Instant now) {
        this.paymentId = payment;
        this.paymentStatus = status;
        this.paymentActionType = actionType;
        this.paymentActionUrl = actionUrl;
        this.leaseUntil = null;
        moveTo(OrderStatus.PENDING_PAYMENT, "Waiting for the payment (" + paymentMethod + ")", now);
        if ("COD".equals(paymentMethod)) {
            step = SagaStep.CONFIRM;
        }
    }

    /** The payment was captured: the order confirms next (if it still waits for it). */
    public boolean paid(Instant now) {
        paymentStatus = "CAPTURED";
        paymentActionType = null;
        paymentActionUrl = null;
        updatedAt = now;
        if (status != OrderStatus.PENDING_PAYMENT || step != SagaStep.NONE) {
            return false;
        }
        step = SagaStep.CONFIRM;
        retryNow();
        history.add(new StatusChange(now, status, "Payment captured"));
        return true;
    }

    /** Stock taken from its lots and invoices issued, per sub-order. */
    public void confirm(Map<UUID, List<PackAllocation>> picked, Map<UUID, String> invoiceNumbers, LocalDate invoiceDate,
                        Instant now) {
        for (SubOrder subOrder : subOrders) {
            subOrder.confirmed(picked.getOrDefault(subOrder.id(), List.of()), invoiceNumbers.get(subOrder.id()),
                    invoiceDate);
        }
        step = SagaStep.NONE;
        confirmedAt = now;
        leaseUntil = null;
        lastError = null;
        moveTo(OrderStatus.CONFIRMED, "Confirmed: the sellers pack and ship", now);
    }

    /** It never became an order and nothing needs undoing (no stock was held, nothing charged). */
    public void notPlaced(CancelCode code, String reason, Instant now) {
        cancelCode = code;
        cancelReason = reason;
        step = SagaStep.NONE;
        leaseUntil = null;
        closedAt = now;
        moveTo(OrderStatus.NOT_PLACED, reason, now);
    }

    /**
     * Starts undoing the order: the saga driver stops or refunds the payment and gives the stock back, then
     * {@link #compensated}. An order being placed ends as never placed; one the customer was asked to pay for ends
     * cancelled.
     *
     * @return false when it is cancelled or being cancelled already
     */
    public boolean cancel(CancelCode code, String reason, Instant now) {
        if (step == SagaStep.COMPENSATE || status == OrderStatus.CANCELLED || status == OrderStatus.NOT_PLACED) {
            return false;
        }
        cancelCode = code;
        cancelReason = reason;
        step = SagaStep.COMPENSATE;
        leaseUntil = null;
        retryNow();
        if (status == OrderStatus.PLACING) {
            updatedAt = now;
        } else {
            moveTo(OrderStatus.CANCELLING, reason, now);
        }
        return true;
    }

    /** Still being placed by its request (the saga has not taken it over to undo it). */
    public boolean isBeingPlaced() {
        return status == OrderStatus.PLACING && step == SagaStep.NONE;
    }

    /** Whether the customer may cancel it now: before it is dispatched. */
    public boolean isCancellable() {
        return CANCELLABLE.contains(status) && step != SagaStep.COMPENSATE;
    }

    /** Undone: cancelled, or, if the customer was never asked to pay, never placed (its key free for a retry). */
    public void compensated(Instant now) {
        step = SagaStep.NONE;
        leaseUntil = null;
        lastError = null;
        closedAt = now;
        if (paymentId == null) {
            idempotencyKey = null;
            moveTo(OrderStatus.NOT_PLACED, cancelReason, now);
        } else {
            moveTo(OrderStatus.CANCELLED, cancelReason, now);
        }
    }

    public void paymentStatus(String newStatus, Instant now) {
        paymentStatus = newStatus;
        if (!"CREATED".equals(newStatus) && !"AUTHORIZED".equals(newStatus)) {
            paymentActionType = null;
            paymentActionUrl = null;
        }
        updatedAt = now;
    }

    public void refundRequested(Money amount, String reason, Instant now) {
        refundPendingMinor += amount.minorUnits();
        history.add(new StatusChange(now, status, "Refund of " + amount + " started: " + reason));
        updatedAt = now;
    }

    public void refundProcessed(Money amount, Instant now) {
        refundPendingMinor = Math.max(0, refundPendingMinor - amount.minorUnits());
        refundedMinor += amount.minorUnits();
        history.add(new StatusChange(now, status, "Refund of " + amount + " paid back"));
        updatedAt = now;
    }

    /** The saga driver takes the order until {@code until}: no other replica works on it meanwhile. */
    public void lease(Instant until) {
        leaseUntil = until;
    }

    /** The step failed for now (a service did not answer): tried again later, a little later each time. */
    public void retryLater(String error, Instant now) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(500, error.length()));
        long seconds = Math.min(60, 1L << Math.min(attempts, 6));
        nextAttemptAt = now.plusSeconds(seconds);
        leaseUntil = null;
        updatedAt = now;
    }

    /** A payment the payment service has been quiet about is asked about again at {@code at}. */
    public void askAboutPaymentAt(Instant at) {
        nextAttemptAt = at;
    }

    private void retryNow() {
        attempts = 0;
        nextAttemptAt = null;
    }

    private void moveTo(OrderStatus newStatus, String note, Instant now) {
        status = newStatus;
        updatedAt = now;
        history.add(new StatusChange(now, newStatus, note));
        subOrders.forEach(subOrder -> subOrder.moveTo(newStatus));
    }

    public UUID id() {
        return id;
    }

    public UUID customerId() {
        return customerId;
    }

    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }

    public String requestDigest() {
        return requestDigest;
    }

    public OrderStatus status() {
        return status;
    }

    public SagaStep step() {
        return step;
    }

    public CancelCode cancelCode() {
        return cancelCode;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public String paymentMethod() {
        return paymentMethod;
    }

    public ShipTo shipTo() {
        return shipTo;
    }

    public String placeOfSupplyCode() {
        return placeOfSupplyCode;
    }

    public String placeOfSupplyName() {
        return placeOfSupplyName;
    }

    public String currency() {
        return currency;
    }

    public Totals totals() {
        return new Totals(Money.ofMinor(goodsMinor, currency), Money.ofMinor(shippingMinor, currency),
                Money.ofMinor(codFeeMinor, currency), Money.ofMinor(totalMinor, currency));
    }

    public Money total() {
        return Money.ofMinor(totalMinor, currency);
    }

    public Optional<UUID> reservationId() {
        return Optional.ofNullable(reservationId);
    }

    public Optional<UUID> paymentId() {
        return Optional.ofNullable(paymentId);
    }

    public String paymentStatus() {
        return paymentStatus;
    }

    public String paymentActionType() {
        return paymentActionType;
    }

    public String paymentActionUrl() {
        return paymentActionUrl;
    }

    public Money refundPending() {
        return Money.ofMinor(refundPendingMinor, currency);
    }

    public Money refunded() {
        return Money.ofMinor(refundedMinor, currency);
    }

    public Instant leaseUntil() {
        return leaseUntil;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public Instant placedAt() {
        return placedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    /** Whether it was ever confirmed (its stock taken from the lots, its sales in the sellers' ledgers). */
    public boolean wasConfirmed() {
        return confirmedAt != null;
    }

    public List<SubOrder> subOrders() {
        return List.copyOf(subOrders);
    }

    public Optional<SubOrder> subOrder(UUID subOrderId) {
        return subOrders.stream().filter(subOrder -> subOrder.id().equals(subOrderId)).findFirst();
    }

    public List<StatusChange> history() {
        return List.copyOf(history);
    }
}
