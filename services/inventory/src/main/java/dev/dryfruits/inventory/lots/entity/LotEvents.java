package dev.dryfruits.inventory.lots.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Events about lots, on the inventory topic keyed by lot id (see docs/events.md). */
public final class LotEvents {

    private LotEvents() {
    }

    /** A lot arrived and waits in quarantine for its lab report (the quality service keeps track of it). */
    public record LotReceived(UUID lotId, UUID sellerId, UUID productId, String sku, String category,
                              String lotNumber, int quantity, String originCountry, String originRegion,
                              int cropYear, LocalDate packedOn, LocalDate bestBefore) {
        public static LotReceived of(Lot lot, String category) {
            return new LotReceived(lot.id(), lot.sellerId(), lot.productId(), lot.sku(), category, lot.lotNumber(),
                    lot.received(), lot.originCountry(), lot.originRegion(), lot.cropYear(), lot.packedOn(),
                    lot.bestBefore());
        }
    }

    /** Past its best-before date: no longer sold; {@code onHand} packs are left to write off. */
    public record LotExpired(UUID lotId, UUID sellerId, String sku, String lotNumber, LocalDate bestBefore,
                             int onHand) {
        public static LotExpired of(Lot lot) {
            return new LotExpired(lot.id(), lot.sellerId(), lot.sku(), lot.lotNumber(), lot.bestBefore(),
                    lot.onHand());
        }
    }

    /** A released lot will stop being sellable (minimum remaining shelf life) on {@code lastSellableDay}. */
    public record LotNearExpiry(UUID lotId, UUID sellerId, String sku, String lotNumber, LocalDate bestBefore,
                                LocalDate lastSellableDay, int onHand) {
    }

    /** A recalled lot was blocked; these orders received packs of it (the order service tells their customers). */
    public record LotRecallTraced(UUID lotId, UUID sellerId, String sku, String lotNumber, String reason,
                                  List<TracedOrder> orders) {
    }

    public record TracedOrder(UUID orderId, int quantity) {
    }
}
