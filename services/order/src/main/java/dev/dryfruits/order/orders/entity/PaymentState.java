package dev.dryfruits.order.orders.entity;

import java.util.UUID;

/** The payment service's payment for an order (the fields used): its state and where the customer approves it. */
public record PaymentState(UUID id, UUID orderId, String status, String statusReason, boolean abandoned,
                           NextAction nextAction) {

    public record NextAction(String type, String url) {
    }

    /** Paid, for the order: captured, and not money taken after it gave up (which is being refunded). */
    public boolean isCaptured() {
        return "CAPTURED".equals(status) && !abandoned;
    }

    /** It will not pay for the order: declined, expired, cancelled, or abandoned (whatever it was taken is refunded). */
    public boolean hasFailed() {
        return abandoned || "FAILED".equals(status) || "EXPIRED".equals(status) || "CANCELLED".equals(status)
                || "REFUNDED".equals(status);
    }

    /** The customer can pay it: cash on delivery, or a processor's page to approve it on. */
    public boolean isPayable() {
        return "COD_PENDING".equals(status) || (nextAction != null && nextAction.url() != null && !hasFailed());
    }
}
