package dev.dryfruits.product.stock.entity;

/** The inventory service's events this component reads, with the fields it uses (docs/events.md). */
public final class InventoryEvents {

    private InventoryEvents() {
    }

    /** A SKU's sellable packs; a higher version is newer. */
    public record StockChanged(String sku, Integer available, Long version) {
    }
}
