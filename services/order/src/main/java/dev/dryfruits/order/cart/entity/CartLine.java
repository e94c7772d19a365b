package dev.dryfruits.order.cart.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** So many packs of one SKU in a cart. */
@Embeddable
public class CartLine {

    @Column(nullable = false)
    private String sku;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected CartLine() {
        // for JPA
    }

    CartLine(String sku, int quantity, Instant addedAt) {
        this.sku = sku;
        this.quantity = quantity;
        this.addedAt = addedAt;
    }

    public String sku() {
        return sku;
    }

    public int quantity() {
        return quantity;
    }

    public Instant addedAt() {
        return addedAt;
    }

    void changeTo(int newQuantity) {
        this.quantity = newQuantity;
    }
}
