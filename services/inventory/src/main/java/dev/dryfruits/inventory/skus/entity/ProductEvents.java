package dev.dryfruits.inventory.skus.entity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The product service's events this component reads, with the fields it uses (docs/events.md). */
public final class ProductEvents {

    private ProductEvents() {
    }

    /** A listing went on sale: its pack sizes are SKUs the seller may now receive lots of. */
    public record ProductPublished(UUID productId, UUID sellerId, Optional<String> category, List<Variant> variants) {
    }

    public record Variant(String sku, Integer packGrams) {
    }
}
