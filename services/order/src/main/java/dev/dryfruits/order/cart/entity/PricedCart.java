package dev.dryfruits.order.cart.entity;

import dev.dryfruits.kit.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A cart as it reads now: every line at its listing's current price with its availability; the total counts the
 * lines that can be bought as they stand.
 */
public record PricedCart(UUID customerId, List<PricedLine> lines, Money total, Instant updatedAt) {

    public PricedCart {
        lines = List.copyOf(lines);
    }

    /** Whether every line can be bought as it stands (what checkout needs). */
    public boolean isReady() {
        return !lines.isEmpty() && lines.stream().allMatch(line -> line.status() == LineStatus.AVAILABLE);
    }

    public record PricedLine(String sku, int quantity, UUID productId, String productName, int packGrams,
                             UUID sellerId, Money unitPrice, Money lineTotal, int available, LineStatus status) {
    }
}
