package dev.dryfruits.order.catalog.entity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The product and inventory services' events this component reads, with the fields it uses (docs/events.md). */
public final class CatalogEvents {

    private CatalogEvents() {
    }

    public record Price(String amount, String currency) {
    }

    /** A pack size; {@code mrp} is absent until the seller gives one. */
    public record Variant(String sku, int packGrams, Price price, Optional<Price> mrp, int shippingGrams,
                          int lengthCm, int widthCm, int heightCm) {
    }

    /** A listing went on sale (approved, or resumed): every pack size can be bought at its price. */
    public record ProductPublished(UUID productId, UUID sellerId, String name, String category, String hsn,
                                   List<Variant> variants) {
    }

    /** Off sale by its seller's choice. */
    public record ProductPaused(UUID productId) {
    }

    /** Refused by an administrator (after a change it had to be reviewed again): off sale. */
    public record ProductRejected(UUID productId) {
    }

    public record ProductPriceChanged(UUID productId, String sku, Price newPrice) {
    }

    /** Packs of a SKU that can be sold now (inventory service); versions only move forward. */
    public record StockChanged(String sku, int available, long version) {
    }
}
