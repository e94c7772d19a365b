package dev.dryfruits.order.orders.entity;

/** Where an order stands, as its customer sees it. */
public enum OrderStatus {
    /** Being placed: stock is being held and the payment made (seconds). */
    PLACING,
    /** Placed and its stock held; waiting for the customer's payment. */
    PENDING_PAYMENT,
    /** Paid (or cash on delivery) and its stock taken from the lots: each seller ships their sub-order. */
    CONFIRMED,
    /** Being cancelled: the stock goes back, the payment is stopped or refunded. */
    CANCELLING,
    /** Cancelled, with the reason; whatever was paid is refunded. */
    CANCELLED,
    /**
     * It never became an order: not enough stock, or a service it needed did not answer before the customer was
     * asked to pay. Nothing was charged; not shown in the customer's list.
     */
    NOT_PLACED
}
