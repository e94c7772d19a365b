package dev.dryfruits.inventory.lots.boundary;

import dev.dryfruits.inventory.reservations.control.Traceability;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LotTrace", description = "Every order that received packs of a lot")
public record TraceView(UUID lotId, String lotNumber, String sku, UUID sellerId,
                        @Schema(description = "Packs of the lot that left for orders") int quantityShipped,
                        List<Traceability.Delivery> orders) {
}
