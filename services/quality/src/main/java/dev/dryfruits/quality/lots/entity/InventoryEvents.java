package dev.dryfruits.quality.lots.entity;

import java.util.Optional;
import java.util.UUID;

/** The inventory service's events this component reads, with the fields it uses (docs/events.md). */
public final class InventoryEvents {

    private InventoryEvents() {
    }

    /** A lot arrived in quarantine: it waits here for its lab report. */
    public record LotReceived(UUID lotId, UUID sellerId, String sku, Optional<UUID> productId,
                              Optional<String> category, String lotNumber) {
    }
}
