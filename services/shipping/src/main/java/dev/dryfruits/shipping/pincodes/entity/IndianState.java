package dev.dryfruits.shipping.pincodes.entity;

/** A state or Union Territory, by its GST state code (the first two characters of a GSTIN registered there). */
public record IndianState(String code, String name) {
}
