package dev.dryfruits.product.catalog.entity;

import dev.dryfruits.kit.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** One pack size of a product: its own SKU and price. */
@Entity
@Table(name = "product_variant")
public class ProductVariant {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", nullable = false, updatable = false)
    private Product product;

    @Column(nullable = false, updatable = false)
    private String sku;

    @Column(name = "pack_grams", nullable = false, updatable = false)
    private int packGrams;

    @Column(name = "price_minor", nullable = false)
    private long priceMinor;

    @Column(name = "mrp_minor")
    private Long mrpMinor;

    @Column(nullable = false)
    private String currency;

    @Column(nullable = false)
    private int position;

    protected ProductVariant() {
        // for JPA
    }

    ProductVariant(Product product, String sku, VariantSpec spec, int position) {
        this.id = UUID.randomUUID();
        this.product = product;
        this.sku = sku;
        this.packGrams = spec.packGrams();
        this.position = position;
        reprice(spec);
    }

    /** @return the previous price, when this changed it */
    java.util.Optional<Money> reprice(VariantSpec spec) {
        Money before = priceMinor == 0 ? null : price();
        this.priceMinor = spec.price().minorUnits();
        this.currency = spec.price().currency().getCurrencyCode();
        this.mrpMinor = spec.mrp() == null ? null : spec.mrp().minorUnits();
        return before != null && before.minorUnits() != priceMinor ? java.util.Optional.of(before)
                : java.util.Optional.empty();
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    public UUID id() {
        return id;
    }

    public String sku() {
        return sku;
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

    /** How it ships: the marketplace's standard packaging for its net weight. */
    public PackagingStandard.ShippingPack shippingPack() {
        return PackagingStandard.forPack(packGrams);
    }

    /** Shown for comparison across pack sizes, derived from the price (never stored). */
    public Money pricePerKg() {
        return price().perKilogram(packGrams);
    }

    public int position() {
        return position;
    }
}
