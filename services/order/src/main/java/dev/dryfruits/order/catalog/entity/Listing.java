package dev.dryfruits.order.catalog.entity;

import dev.dryfruits.kit.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A pack size of the catalog as this service knows it: what it is, whose, its current price, its HSN heading (what
 * its sale is taxed by), how it ships, and whether it is on sale.
 */
@Entity
@Table(name = "listing")
public class Listing {

    @Id
    private String sku;

    @Column(name = "product_id", nullable = false)
    private UUID productId;

    @Column(name = "seller_id", nullable = false)
    private UUID sellerId;

    @Column(name = "product_name", nullable = false)
    private String productName;

    @Column(nullable = false)
    private String category;

    @Column(nullable = false)
    private String hsn;

    @Column(name = "pack_grams", nullable = false)
    private int packGrams;

    @Column(name = "price_minor", nullable = false)
    private long priceMinor;

    @Column(name = "mrp_minor")
    private Long mrpMinor;

    @Column(nullable = false)
    private String currency;

    @Column(name = "shipping_grams", nullable = false)
    private int shippingGrams;

    @Column(name = "length_cm", nullable = false)
    private int lengthCm;

    @Column(name = "width_cm", nullable = false)
    private int widthCm;

    @Column(name = "height_cm", nullable = false)
    private int heightCm;

    @Column(name = "on_sale", nullable = false)
    private boolean onSale;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Listing() {
        // for JPA
    }

    public Listing(String sku, Details details, Instant now) {
        this.sku = sku;
        publish(details, now);
    }

    /** Everything a listing announcement says of one pack size. */
    public record Details(UUID productId, UUID sellerId, String productName, String category, String hsn,
                          int packGrams, Money price, Money mrp, int shippingGrams, int lengthCm, int widthCm,
                          int heightCm) {
    }

    /** On sale with these details (a publication carries them all). */
    public void publish(Details details, Instant now) {
        this.productId = details.productId();
        this.sellerId = details.sellerId();
        this.productName = details.productName();
        this.category = details.category();
        this.hsn = details.hsn();
        this.packGrams = details.packGrams();
        this.priceMinor = details.price().minorUnits();
        this.currency = details.price().currency().getCurrencyCode();
        this.mrpMinor = details.mrp() == null ? null : details.mrp().minorUnits();
        this.shippingGrams = details.shippingGrams();
        this.lengthCm = details.lengthCm();
        this.widthCm = details.widthCm();
        this.heightCm = details.heightCm();
        this.onSale = true;
        this.updatedAt = now;
    }

    public void withdraw(Instant now) {
        this.onSale = false;
        this.updatedAt = now;
    }

    public void reprice(Money price, Instant now) {
        this.priceMinor = price.minorUnits();
        this.currency = price.currency().getCurrencyCode();
        this.updatedAt = now;
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

    public String productName() {
        return productName;
    }

    public String category() {
        return category;
    }

    public String hsn() {
        return hsn;
    }

    public int packGrams() {
        return packGrams;
    }

    public Money price() {
        return Money.ofMinor(priceMinor, currency);
    }

    public Money mrp() {
        return mrpMinor == null ? null : Money.ofMinor(mrpMinor, currency);
    }

    public int shippingGrams() {
        return shippingGrams;
    }

    public int lengthCm() {
        return lengthCm;
    }

    public int widthCm() {
        return widthCm;
    }

    public int heightCm() {
        return heightCm;
    }

    public boolean isOnSale() {
        return onSale;
    }
}
