package dev.dryfruits.quality.lots.entity;

/** Where a lot stands with its lab reports. */
public enum LotStanding {
    /** Received by inventory; no lab report yet. */
    AWAITING_REPORT,
    /** Its latest report passed: released for sale. */
    RELEASED,
    /** Its latest report failed before it was ever released. */
    QUARANTINED,
    /** A report failed after it had been released: recalled, for good. */
    RECALLED
}
