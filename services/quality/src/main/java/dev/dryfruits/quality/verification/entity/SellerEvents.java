package dev.dryfruits.quality.verification.entity;

import java.time.LocalDate;
import java.util.UUID;

/** What the quality service tells the others about sellers, on {@value #TOPIC} keyed by seller id. */
public final class SellerEvents {

    public static final String TOPIC = "dryfruits.sellers";

    private SellerEvents() {
    }

    public record SellerVerified(UUID sellerId, String legalName, LocalDate fssaiLicenseExpiry) {
    }

    public record SellerRejected(UUID sellerId, String reason) {
    }

    public record SellerSuspended(UUID sellerId, String reason, String cause) {
    }

    public record SellerReinstated(UUID sellerId, String legalName) {
    }
}
