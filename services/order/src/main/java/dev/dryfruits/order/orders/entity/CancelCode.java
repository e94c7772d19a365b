package dev.dryfruits.order.orders.entity;

/** Why an order was cancelled (or never placed), for programs; the reason says it for people. */
public enum CancelCode {
    /** Not enough stock when it was placed (nothing was charged). */
    OUT_OF_STOCK,
    /** A service it needed did not answer while it was placed (nothing was charged). */
    NOT_PLACED,
    /** The payment was declined. */
    PAYMENT_FAILED,
    /** The payment was not made in time. */
    PAYMENT_EXPIRED,
    /** The held stock was gone when the payment arrived (refunded). */
    STOCK_LOST,
    /** Cancelled by the customer. */
    CUSTOMER,
    /** Cancelled by an administrator. */
    ADMINISTRATOR
}
