package dev.dryfruits.inventory.lots.boundary;

import dev.dryfruits.inventory.lots.entity.Lot;
import dev.dryfruits.inventory.lots.entity.LotMovement;
import dev.dryfruits.inventory.lots.entity.LotStatus;
import dev.dryfruits.inventory.lots.entity.MovementKind;
import dev.dryfruits.inventory.lots.entity.ShelfLifeRule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Lot")
public record LotView(
        UUID id,
        UUID sellerId,
        String sku,
        UUID productId,
        String lotNumber,
        @Schema(description = "Packs received") int quantity,
        @Schema(description = "Packs in the warehouse now") int onHand,
        @Schema(description = "Packs of them held for orders") int reserved,
        @Schema(description = "Packs that can be sold now: 0 unless RELEASED and within the minimum remaining"
                + " shelf life") int available,
        LotStatus status,
        String statusReason,
        String originCountry,
        String originRegion,
        int cropYear,
        LocalDate packedOn,
        LocalDate bestBefore,
        @Schema(description = "The last day packs of this lot may be allocated to an order") LocalDate lastSellableDay,
        String warehouse,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "What happened to the lot, oldest first (on single-lot answers)")
        List<MovementView> history) {

    @Schema(name = "LotMovement")
    public record MovementView(MovementKind kind, int delta, int onHandAfter, String reason, UUID actorId,
                               Instant occurredAt) {
        static MovementView of(LotMovement movement) {
            return new MovementView(movement.kind(), movement.delta(), movement.onHandAfter(), movement.reason(),
                    movement.actorId(), movement.occurredAt());
        }
    }

    static LotView of(Lot lot, LocalDate today, ShelfLifeRule rule, List<LotMovement> history) {
        return new LotView(lot.id(), lot.sellerId(), lot.sku(), lot.productId(), lot.lotNumber(), lot.received(),
                lot.onHand(), lot.reserved(), lot.sellable(today, rule), lot.status(), lot.statusReason(),
                lot.originCountry(), lot.originRegion(), lot.cropYear(), lot.packedOn(), lot.bestBefore(),
                lot.lastSellableDay(rule), lot.warehouse(), lot.createdAt(), lot.updatedAt(),
                history == null ? null : history.stream().map(MovementView::of).toList());
    }
}
