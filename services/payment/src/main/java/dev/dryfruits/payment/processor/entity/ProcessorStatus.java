package dev.dryfruits.payment.processor.entity;

/** A payment's state as the processor reports it. */
public enum ProcessorStatus {
    /** Waiting for the customer (and the bank). */
    CREATED,
    /** A card payment the issuer approved, not yet captured. */
    AUTHORIZED,
    /** The money is taken. */
    CAPTURED,
    /** Declined by the bank or the issuer, or by the customer. */
    FAILED,
    /** Not paid before its expiry. */
    EXPIRED
}
