package dev.dryfruits.payment.payments.boundary;

import dev.dryfruits.kit.money.MoneyView;
import dev.dryfruits.payment.payments.entity.Payment;
import dev.dryfruits.payment.payments.entity.Refund;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Payment", description = "A payment for an order; a card is only its last four digits and network")
public record PaymentView(UUID id, UUID orderId, int attempt, UUID customerId,
                          @Schema(enumeration = {"UPI", "CARD", "NETBANKING", "COD"}) String method, MoneyView amount,
                          @Schema(enumeration = {"COD_PENDING", "CREATED", "AUTHORIZED", "CAPTURED", "FAILED",
                                  "EXPIRED", "CANCELLED", "REFUNDED"}) String status,
                          String statusReason,
                          @Schema(description = "The order no longer wants it: never captured; money taken anyway"
                                  + " is refunded") boolean abandoned,
                          MoneyView captured, MoneyView refunded, boolean lateSuccess, CardView card, String vpa,
                          String bank,
                          @Schema(description = "Where the customer approves it, while it is open") NextAction nextAction,
                          Instant expiresAt, Instant createdAt, Instant updatedAt, List<RefundView> refunds) {

    @Schema(name = "PaymentCard")
    public record CardView(String last4, String network) {
    }

    @Schema(name = "PaymentNextAction")
    public record NextAction(@Schema(enumeration = {"upi_intent", "three_d_secure", "redirect"}) String type,
                             String url) {
    }

    @Schema(name = "Refund")
    public record RefundView(UUID id, MoneyView amount, String reason, boolean automatic,
                             @Schema(enumeration = {"REQUESTED", "PENDING", "PROCESSED", "FAILED"}) String status,
                             String failureReason, Instant createdAt, Instant updatedAt) {

        static RefundView of(Refund refund) {
            return new RefundView(refund.id(), MoneyView.of(refund.amount()), refund.reason(), refund.isAutomatic(),
                    refund.status().name(), refund.failureReason(), refund.createdAt(), refund.updatedAt());
        }
    }

    static PaymentView of(Payment payment, List<Refund> refunds) {
        var instrument = payment.instrument();
        return new PaymentView(payment.id(), payment.orderId(), payment.attempt(), payment.customerId(),
                payment.method().name(), MoneyView.of(payment.amount()), payment.status().name(),
                payment.statusReason(), payment.isAbandoned(), MoneyView.of(payment.captured()),
                MoneyView.of(payment.refunded()), payment.isLateSuccess(),
                instrument == null || instrument.cardLast4() == null ? null
                        : new CardView(instrument.cardLast4(), instrument.cardNetwork()),
                instrument == null ? null : instrument.vpa(), instrument == null ? null : instrument.bank(),
                payment.nextActionUrl() == null ? null : new NextAction(payment.nextActionType(),
                        payment.nextActionUrl()), payment.expiresAt(), payment.createdAt(), payment.updatedAt(),
                refunds.stream().map(RefundView::of).toList());
    }
}
