package dev.dryfruits.payment.payments.entity;

public enum RefundStatus {
    /** Recorded here, not yet accepted by the processor (it is asked again until it answers). */
    REQUESTED,
    /** Accepted by the processor; the bank has yet to pay it back. */
    PENDING,
    /** Paid back to the customer. */
    PROCESSED,
    /** The processor refused it (recorded with its reason; nothing was paid back). */
    FAILED
}
