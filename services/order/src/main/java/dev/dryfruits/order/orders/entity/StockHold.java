package dev.dryfruits.order.orders.entity;

import java.util.List;
import java.util.UUID;

/** The inventory service's reservation for an order (the fields used): its state and the lots its packs come from. */
public record StockHold(UUID id, UUID orderId, String status, String statusReason, List<Allocation> allocations) {

    public record Allocation(String sku, UUID lotId, String lotNumber, int quantity) {
    }

    public boolean isActive() {
        return "ACTIVE".equals(status);
    }

    public boolean isConfirmed() {
        return "CONFIRMED".equals(status);
    }
}
