package dev.dryfruits.inventory.lots.entity;

import java.util.Optional;
import java.util.UUID;

/** The quality service's decisions on lots this component reads, with the fields it uses (docs/events.md). */
public final class LotQualityEvents {

    private LotQualityEvents() {
    }

    public record LotReleased(UUID lotId, Optional<String> reason) {
    }

    public record LotQuarantined(UUID lotId, Optional<String> reason) {
    }

    public record LotRecalled(UUID lotId, Optional<String> reason) {
    }
}
