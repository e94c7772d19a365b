package dev.dryfruits.inventory.reservations.entity;

public enum ReservationStatus {
    /** Stock held for the order until it is confirmed, released or its time runs out. */
    ACTIVE,
    /** The order was placed: the packs left the lots (and the allocation is kept for traceability). */
    CONFIRMED,
    /** Given back before confirmation: by the order service, an administrator, or a recall of one of its lots. */
    RELEASED,
    /** Not confirmed in time: the stock went back. */
    EXPIRED,
    /** Confirmed, then the order was cancelled before dispatch: the packs went back to their lots. */
    RETURNED
}
