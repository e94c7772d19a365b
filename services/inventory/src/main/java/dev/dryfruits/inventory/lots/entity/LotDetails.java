package dev.dryfruits.inventory.lots.entity;

import java.time.LocalDate;

/** What a seller states about a lot when receiving it (already checked). */
public record LotDetails(String sku, String lotNumber, int quantity, String originCountry, String originRegion,
                         int cropYear, LocalDate packedOn, LocalDate bestBefore, String warehouse) {
}
