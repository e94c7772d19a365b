package dev.dryfruits.order.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Packs of a SKU that can be sold now, as the inventory service last announced them. */
@Entity
@Table(name = "sku_stock")
public class SkuStock {

    @Id
    private String sku;

    @Column(nullable = false)
    private int available;

    @Column(nullable = false)
    private long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SkuStock() {
        // for JPA
    }

    public SkuStock(String sku, int available, long version, Instant now) {
        this.sku = sku;
        this.available = available;
        this.version = version;
        this.updatedAt = now;
    }

    /** A newer announcement replaces the figure; an older one, arriving late, changes nothing. */
    public void announce(int newAvailable, long newVersion, Instant now) {
        if (newVersion > version) {
            this.available = newAvailable;
            this.version = newVersion;
            this.updatedAt = now;
        }
    }

    public String sku() {
        return sku;
    }

    public int available() {
        return available;
    }
}
