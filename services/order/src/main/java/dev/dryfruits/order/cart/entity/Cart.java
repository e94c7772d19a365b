package dev.dryfruits.order.cart.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A customer's cart, kept on the server: packs by SKU, in the order they were added. */
@Entity
@Table(name = "cart")
public class Cart {

    @Id
    @Column(name = "customer_id")
    private UUID customerId;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cart_line", joinColumns = @JoinColumn(name = "customer_id"))
    private List<CartLine> lines = new ArrayList<>();

    protected Cart() {
        // for JPA
    }

    public Cart(UUID customerId, Instant now) {
        this.customerId = customerId;
        this.updatedAt = now;
    }

    public UUID customerId() {
        return customerId;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<CartLine> lines() {
        return lines.stream().sorted(Comparator.comparing(CartLine::addedAt).thenComparing(CartLine::sku)).toList();
    }

    public Optional<CartLine> line(String sku) {
        return lines.stream().filter(line -> line.sku().equals(sku)).findFirst();
    }

    /**
     * Sets the packs of a SKU, adding the line if it is new; at most {@code maxLines} lines.
     *
     * @return false when the SKU is new and the cart already has {@code maxLines} lines (nothing changed)
     */
    public boolean put(String sku, int quantity, int maxLines, Instant now) {
        Optional<CartLine> existing = line(sku);
        if (existing.isPresent()) {
            existing.get().changeTo(quantity);
        } else if (lines.size() >= maxLines) {
            return false;
        } else {
            lines.add(new CartLine(sku, quantity, now));
        }
        updatedAt = now;
        return true;
    }

    /** Takes {@code quantity} packs of the SKU out (the whole line when that is all of it). */
    public void lower(String sku, int quantity, Instant now) {
        line(sku).ifPresent(line -> {
            if (line.quantity() <= quantity) {
                remove(sku, now);
            } else {
                line.changeTo(line.quantity() - quantity);
                updatedAt = now;
            }
        });
    }

    public void remove(String sku, Instant now) {
        if (lines.removeIf(line -> line.sku().equals(sku))) {
            updatedAt = now;
        }
    }

    public void clear(Instant now) {
        lines.clear();
        updatedAt = now;
    }
}
