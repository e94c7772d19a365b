package dev.dryfruits.inventory.lots.entity;

/** Where a lot stands: only RELEASED lots are sold. */
public enum LotStatus {
    /** Received, waiting for a passing lab report (or held after a failing one). */
    QUARANTINED,
    /** Passed its lab tests: sellable while within its shelf life. */
    RELEASED,
    /** Past its best-before date. */
    EXPIRED,
    /** Failed a lab test after release: blocked, and its buyers traced. */
    RECALLED
}
