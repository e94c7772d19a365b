package dev.dryfruits.inventory.reservations.entity;

import java.util.UUID;

/** Packs to take from one lot for one SKU of an order. */
public record LotPick(String sku, UUID lotId, String lotNumber, int quantity) {
}
