package dev.dryfruits.order.catalog.entity;

import java.util.List;
import java.util.UUID;

/** The product service's answer about a listing on sale (GET /api/products/skus/{sku}), with the fields used. */
public record ListedProduct(UUID id, UUID sellerId, String name, String category, String hsn, String status,
                            List<Variant> variants) {

    public record Variant(String sku, int packGrams, CatalogEvents.Price price, CatalogEvents.Price mrp,
                          int available, int shippingGrams, Box box) {
    }

    public record Box(int lengthCm, int widthCm, int heightCm) {
    }
}
