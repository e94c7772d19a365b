package dev.dryfruits.order.orders.entity;

import java.util.UUID;

/** The payment service's payment for an order (the fields used): its state and where the customer approves it. */
public record PaymentState(UUID id, UUID orderId, String status, String statusReason, NextAction nextAction) {

    public record NextAction(String type, String url) {
    }

    public boolean isCaptured() {
        return "CAPTURED".equals(status) || "REFUNDED".equals(status);
    }

    /** It will not be paid: declined, expired, or cancelled. */
    public boolean hasFailed() {
        return "FAILED".equals(status) || "EXPIRED".equals(status) || "CANCELLED".equals(status);
    }
}
