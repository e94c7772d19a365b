package dev.dryfruits.payment.ledger.entity;

import dev.dryfruits.kit.money.MoneyView;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The order service's events the ledger reads, with the fields it uses. */
public final class OrderEvents {

    private OrderEvents() {
    }

    /** An order paid (or to be paid on delivery) and confirmed: each seller's part is a sale. */
    public record OrderConfirmed(UUID orderId, String paymentMethod, Optional<UUID> paymentId, Instant placedAt,
                                 String placeOfSupplyCode, List<SubOrder> subOrders) {
    }

    /**
     * One seller's part of the order, as the customer paid for it: the lines, the shipment's charge and COD charge
     * (what the customer paid for them; zero when the seller bears shipping), who bears shipping and the carrier's
     * charge for the shipment.
     */
    public record SubOrder(UUID subOrderId, UUID sellerId, String sellerStateCode, boolean sellerHasPan,
                           List<Line> lines, MoneyView shipping, MoneyView codFee, String shippingPaidBy,
                           MoneyView carrierCharge) {
    }

    public record Line(String sku, String category, int quantity, MoneyView unitPrice, MoneyView lineTotal,
                       MoneyView taxableValue) {
    }

    /** An order cancelled; the sales of sub-orders confirmed before are undone. */
    public record OrderCancelled(UUID orderId, String reason, List<CancelledSubOrder> subOrders) {
    }

    public record CancelledSubOrder(UUID subOrderId, UUID sellerId) {
    }
}
