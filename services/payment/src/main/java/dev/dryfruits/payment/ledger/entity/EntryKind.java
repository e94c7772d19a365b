package dev.dryfruits.payment.ledger.entity;

/** What a journal entry records. */
public enum EntryKind {
    /** The processor captured a customer's payment: it owes us the money. */
    CAPTURE,
    /** A seller's part of an order was confirmed: the customer's money split into the seller's earnings, fees, taxes. */
    SALE,
    /** A confirmed sale undone (cancelled before dispatch): the exact opposite of its SALE entry. */
    SALE_REVERSAL,
    /** A refund the processor accepted: owed back to the customer. */
    REFUND_ISSUED,
    /** A refund the bank paid back: it leaves the processor's receivable. */
    REFUND_PROCESSED
}
