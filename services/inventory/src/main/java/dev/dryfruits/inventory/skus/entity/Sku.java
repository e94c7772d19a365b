package dev.dryfruits.inventory.skus.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A pack size the catalog sells, as the product service's events describe it, with the stock last announced for it.
 * Its row is the lock every change to its lots takes first.
 */
@Entity
@Table(name = "sku")
public class Sku {

    @Id
    private String sku;

    @Column(name = "product_id", nullable = false)
    private UUID productId;

    @Column(name = "seller_id", nullable = false)
    private UUID sellerId;

    private String category;

    @Column(name = "pack_grams")
    private Integer packGrams;

    @Column(nullable = false)
    private int available;

    @Column(name = "stock_version", nullable = false)
    private long stockVersion;

    @Column(name = "low_stock", nullable = false)
    private boolean lowStock;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Sku() {
        // for JPA
    }

    public Sku(String sku, UUID productId, UUID sellerId, String category, Integer packGrams, Instant now) {
        this.sku = sku;
        this.productId = productId;
        this.sellerId = sellerId;
        this.category = category;
        this.packGrams = packGrams;
        this.updatedAt = now;
    }

    public void describe(UUID newProductId, String newCategory, Integer newPackGrams, Instant now) {
        this.productId = newProductId;
        this.category = newCategory;
        this.packGrams = newPackGrams;
        this.updatedAt = now;
    }

    /**
     * Records the stock now available; answers what changed, for the events to announce.
     *
     * @param lowStockThreshold at or below it the SKU is low on stock
     */
    public StockLevelChange restock(int newAvailable, int lowStockThreshold, Instant now) {
        if (newAvailable == available) {
            return StockLevelChange.NONE;
        }
        available = newAvailable;
        stockVersion++;
        updatedAt = now;
        boolean low = newAvailable <= lowStockThreshold;
        boolean becameLow = low && !lowStock;
        lowStock = low;
        return becameLow ? StockLevelChange.BECAME_LOW : StockLevelChange.CHANGED;
    }

    public boolean soldBy(UUID seller) {
        return sellerId.equals(seller);
    }

    public String sku() {
        return sku;
    }

    public UUID productId() {
        return productId;
    }

    public UUID sellerId() {
        return sellerId;
    }

    public String category() {
        return category;
    }

    public int available() {
        return available;
    }

    public long stockVersion() {
        return stockVersion;
    }

    public enum StockLevelChange { NONE, CHANGED, BECAME_LOW }
}
