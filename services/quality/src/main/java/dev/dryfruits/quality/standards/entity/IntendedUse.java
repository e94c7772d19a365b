package dev.dryfruits.quality.standards.entity;

/** What a lot is for: limits differ for food eaten as is and food sorted or processed first. */
public enum IntendedUse {
    READY_TO_EAT, FURTHER_PROCESSING
}
