package dev.dryfruits.product.sellers.entity;

import java.util.UUID;

/** A seller's verification as the quality service answers it, with what this service uses. */
public record SellerVerificationStatus(UUID sellerId, String status, String legalName) {

    public boolean verified() {
        return "VERIFIED".equals(status);
    }
}
