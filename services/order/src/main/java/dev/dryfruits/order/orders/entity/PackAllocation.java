package dev.dryfruits.order.orders.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/** Which lot a sub-order's packs come from (first expiry first), as the inventory service took them: what to pack. */
@Embeddable
public class PackAllocation {

    @Column(nullable = false)
    private String sku;

    @Column(name = "lot_id", nullable = false)
    private UUID lotId;

    @Column(name = "lot_number", nullable = false)
    private String lotNumber;

    @Column(nullable = false)
    private int quantity;

    protected PackAllocation() {
        // for JPA
    }

    public PackAllocation(String sku, UUID lotId, String lotNumber, int quantity) {
        this.sku = sku;
        this.lotId = lotId;
        this.lotNumber = lotNumber;
        this.quantity = quantity;
    }

    public String sku() {
        return sku;
    }

    public UUID lotId() {
        return lotId;
    }

    public String lotNumber() {
        return lotNumber;
    }

    public int quantity() {
        return quantity;
    }
}
