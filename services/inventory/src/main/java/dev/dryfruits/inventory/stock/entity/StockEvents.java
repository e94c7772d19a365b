package dev.dryfruits.inventory.stock.entity;

import java.util.UUID;

/**
 * What the inventory service tells the others, on {@value #TOPIC} (see docs/events.md). Stock events are keyed by
 * SKU, so one SKU's figures arrive in order; {@code version} grows with each, for consumers that keep the latest.
 */
public final class StockEvents {

    public static final String TOPIC = "dryfruits.inventory";

    private StockEvents() {
    }

    /** Packs of a SKU that can be sold now changed. */
    public record StockChanged(String sku, UUID productId, UUID sellerId, int available, long version) {
    }

    /** A SKU fell to the low-stock threshold or below (announced once, until it rises above it again). */
    public record LowStock(String sku, UUID productId, UUID sellerId, int available, int threshold) {
    }
}
