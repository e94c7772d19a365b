package dev.dryfruits.quality.verification.entity;

/** The registered business address. */
public record BusinessAddress(String line1, String line2, String city, String state, String postalCode,
                              String country) {
}
