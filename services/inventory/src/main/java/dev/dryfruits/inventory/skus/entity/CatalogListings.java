package dev.dryfruits.inventory.skus.entity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A page of a seller's listings as the product service answers it, with what this service uses. */
public record CatalogListings(List<Listing> items) {

    public record Listing(UUID id, UUID sellerId, Optional<String> category, List<Pack> variants) {
    }

    public record Pack(String sku, Integer packGrams) {
    }
}
