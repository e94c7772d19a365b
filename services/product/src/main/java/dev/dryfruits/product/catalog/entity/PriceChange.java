package dev.dryfruits.product.catalog.entity;

import dev.dryfruits.kit.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One price a variant was given: the history customers and administrators can audit. */
@Entity
@Table(name = "price_change")
@NamedQuery(name = PriceChange.OF_PRODUCT,
        query = "select c from PriceChange c where c.productId = :productId order by c.changedAt, c.sku")
public class PriceChange {

    public static final String OF_PRODUCT = "PriceChange.ofProduct";

    @Id
    private UUID id;

    @Column(name = "product_id", nullable = false, updatable = false)
    private UUID productId;

    @Column(nullable = false, updatable = false)
    private String sku;

    @Column(name = "old_price_minor", updatable = false)
    private Long oldPriceMinor;

    @Column(name = "new_price_minor", nullable = false, updatable = false)
    private long newPriceMinor;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(name = "changed_by", updatable = false)
    private UUID changedBy;

    protected PriceChange() {
        // for JPA
    }

    public PriceChange(UUID productId, String sku, Money oldPrice, Money newPrice, UUID changedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.productId = productId;
        this.sku = sku;
        this.oldPriceMinor = oldPrice == null ? null : oldPrice.minorUnits();
        this.newPriceMinor = newPrice.minorUnits();
        this.currency = newPrice.currency().getCurrencyCode();
        this.changedBy = changedBy;
        this.changedAt = now;
    }

    public String sku() {
        return sku;
    }

    public Money oldPrice() {
        return oldPriceMinor == null ? null : Money.ofMinor(oldPriceMinor, currency);
    }

    public Money newPrice() {
        return Money.ofMinor(newPriceMinor, currency);
    }

    public Instant changedAt() {
        return changedAt;
    }
}
