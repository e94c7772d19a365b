package dev.dryfruits.quality.lots.entity;

import java.util.UUID;

/** A lot as the inventory service answers it, with what this service uses. */
public record InventoryLot(UUID id, UUID sellerId, String lotNumber) {
}
