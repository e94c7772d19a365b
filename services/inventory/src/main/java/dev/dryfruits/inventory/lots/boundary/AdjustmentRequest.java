package dev.dryfruits.inventory.lots.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Adjustment")
public record AdjustmentRequest(
        @Schema(description = "Packs added (positive) or removed (negative)", examples = "-2") Integer delta,
        @Schema(description = "Why: damage, a recount...", examples = "Two pouches torn in handling") String reason) {
}
