package dev.dryfruits.order.orders.entity;

import dev.dryfruits.kit.money.MoneyView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the order service announces on dryfruits.orders (key: the order id). {@code userId} names whom the
 * notification service tells: the customer, or for a sub-order its seller.
 */
public final class OrderEvents {

    public static final String TOPIC = "dryfruits.orders";

    private OrderEvents() {
    }

    /** The customer was asked to pay (cash on delivery: it confirms next). */
    public record OrderPlaced(UUID orderId, UUID customerId, UUID userId, String paymentMethod, MoneyView total,
                              Instant placedAt, List<SellerPart> subOrders) {
    }

    public record SellerPart(UUID subOrderId, UUID sellerId) {
    }

    /**
     * Paid (or cash on delivery) and the stock taken: each sub-order is a sale, with what the ledger needs to split it
     * (the seller's state and PAN, the lines by category with their taxable value, what the customer paid for
     * shipping and who bears the carrier's charge).
     */
    public record OrderConfirmed(UUID orderId, UUID customerId, UUID userId, String paymentMethod, UUID paymentId,
                                 Instant placedAt, Instant confirmedAt, String placeOfSupplyCode, MoneyView total,
                                 List<ConfirmedSubOrder> subOrders) {
    }

    public record ConfirmedSubOrder(UUID subOrderId, UUID sellerId, String sellerName, String sellerStateCode,
                                    boolean sellerHasPan, String invoiceNumber, List<Line> lines, MoneyView goods,
                                    MoneyView shipping, MoneyView codFee, MoneyView subtotal, String shippingPaidBy,
                                    MoneyView carrierCharge) {
    }

    public record Line(String sku, String productName, String category, int quantity, MoneyView unitPrice,
                       MoneyView lineTotal, MoneyView taxableValue) {
    }

    /** A seller's new sub-order to pack (one per seller of a confirmed order): what, how many, from which lots. */
    public record SubOrderConfirmed(UUID subOrderId, UUID orderId, UUID sellerId, UUID userId, String invoiceNumber,
                                    List<Pick> picks, MoneyView subtotal, String shipToCity, String shipToState) {
    }

    public record Pick(String sku, String productName, int quantity, String lots) {
    }

    /** Cancelled; the sales of a confirmed order are undone, what was paid is refunded. */
    public record OrderCancelled(UUID orderId, UUID customerId, UUID userId, String code, String reason,
                                 boolean wasConfirmed, MoneyView total, List<SellerPart> subOrders) {
    }
}
