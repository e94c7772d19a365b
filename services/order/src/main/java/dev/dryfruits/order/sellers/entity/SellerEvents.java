package dev.dryfruits.order.sellers.entity;

import java.util.Optional;
import java.util.UUID;

/** The quality service's events about sellers that this component reads, with the fields it uses. */
public final class SellerEvents {

    private SellerEvents() {
    }

    public record Address(String line1, Optional<String> line2, String city, String state, String postalCode,
                          String country) {
    }

    public record SellerVerified(UUID sellerId, String legalName, String gstin, Optional<String> pan,
                                 Address address) {
    }

    public record SellerReinstated(UUID sellerId, String legalName, String gstin, Optional<String> pan,
                                   Address address) {
    }

    public record SellerSuspended(UUID sellerId) {
    }

    public record SellerRejected(UUID sellerId) {
    }
}
