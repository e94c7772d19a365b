package dev.dryfruits.product.sellers.entity;

import java.util.UUID;

/** The quality service's decisions about sellers this component reads, with the fields it uses (docs/events.md). */
public final class SellerEvents {

    private SellerEvents() {
    }

    public record SellerVerified(UUID sellerId, String legalName) {
    }

    public record SellerReinstated(UUID sellerId, String legalName) {
    }

    public record SellerSuspended(UUID sellerId) {
    }

    public record SellerRejected(UUID sellerId) {
    }
}
