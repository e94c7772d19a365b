package dev.dryfruits.inventory.lots.entity;

/** The kinds of entry in a lot's history. */
public enum MovementKind {
    RECEIVED, ADJUSTED, RELEASED, QUARANTINED, RECALLED, EXPIRED, SHIPPED
}
