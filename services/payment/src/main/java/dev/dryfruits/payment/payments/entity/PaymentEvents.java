package dev.dryfruits.payment.payments.entity;

import dev.dryfruits.kit.money.MoneyView;
import java.util.UUID;

/** What the payment service announces on dryfruits.payments (key: the order id), for the order service and others. */
public final class PaymentEvents {

    public static final String TOPIC = "dryfruits.payments";

    private PaymentEvents() {
    }

    /** The customer's money is taken for the order. */
    public record PaymentCaptured(UUID paymentId, UUID orderId, int attempt, String method, MoneyView amount) {
    }

    /**
     * The payment will not be made: declined ({@code FAILED}), or not paid in time ({@code EXPIRED}). Nothing was
     * charged; a success arriving later is refunded.
     */
    public record PaymentFailed(UUID paymentId, UUID orderId, int attempt, String method, String status,
                                String reason) {
    }

    /** Money is going back to the customer (automatic: a payment made after its order gave up). */
    public record RefundRequested(UUID refundId, UUID paymentId, UUID orderId, MoneyView amount, String reason,
                                  boolean automatic) {
    }

    /** The bank has paid the refund back. */
    public record RefundProcessed(UUID refundId, UUID paymentId, UUID orderId, MoneyView amount) {
    }
}
