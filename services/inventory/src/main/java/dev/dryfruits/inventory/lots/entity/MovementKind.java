package dev.dryfruits.inventory.lots.entity;

/** The kinds of entry in a lot's history. */
public enum MovementKind {
    RECEIVED, ADJUSTED, RELEASED, QUARANTINED, RECALLED, EXPIRED, SHIPPED,
    /** Packs of an order cancelled before dispatch, back where they were taken from. */
    RETURNED
}
