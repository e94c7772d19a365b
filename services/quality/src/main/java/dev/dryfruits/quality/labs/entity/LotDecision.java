package dev.dryfruits.quality.labs.entity;

/** What a report did to its lot. */
public enum LotDecision {
    /** Passed: the lot may be sold. */
    RELEASED,
    /** Failed before the lot was ever released: it stays held. */
    QUARANTINED,
    /** Failed after release: the lot is blocked and its buyers traced. */
    RECALLED,
    /** Nothing changed (another passing report on a released lot). */
    NONE
}
