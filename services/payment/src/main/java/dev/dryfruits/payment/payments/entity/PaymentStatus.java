package dev.dryfruits.payment.payments.entity;

/** Where a payment stands, as the processor last told it (or, for cash on delivery, as recorded here). */
public enum PaymentStatus {
    /** Cash on delivery: nothing charged now, collected by the carrier at delivery. */
    COD_PENDING,
    /** At the processor, waiting for the customer (and the bank). */
    CREATED,
    /** A card the issuer approved; captured next, unless the order gave up. */
    AUTHORIZED,
    /** The money is taken. */
    CAPTURED,
    /** Declined, or refused by the processor. */
    FAILED,
    /** Not paid before it expired. */
    EXPIRED,
    /** The order gave up before it was paid (nothing charged; a success arriving later is refunded). */
    CANCELLED,
    /** Captured, and all of it refunded and paid back. */
    REFUNDED
}
