package dev.dryfruits.order.orders.entity;

import dev.dryfruits.kit.money.MoneyView;
import java.util.Optional;
import java.util.UUID;

/** The payment service's events this component reads, with the fields it uses. */
public final class PaymentEvents {

    private PaymentEvents() {
    }

    public record PaymentCaptured(UUID paymentId, UUID orderId) {
    }

    public record PaymentFailed(UUID paymentId, UUID orderId, String status, Optional<String> reason) {
    }

    public record RefundRequested(UUID refundId, UUID orderId, MoneyView amount, String reason) {
    }

    public record RefundProcessed(UUID refundId, UUID orderId, MoneyView amount) {
    }
}
