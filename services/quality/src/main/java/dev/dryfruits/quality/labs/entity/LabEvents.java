package dev.dryfruits.quality.labs.entity;

import java.util.List;
import java.util.UUID;

/**
 * The quality service's decisions on lots, on {@value #TOPIC} keyed by lot id (see docs/events.md). Each carries
 * {@code userId}, the seller to notify, as the notification service expects.
 */
public final class LabEvents {

    public static final String TOPIC = "dryfruits.lot-quality";

    private LabEvents() {
    }

    public record Failure(String name, String value, String limit, String unit) {
    }

    /** Data of LotReleased, LotQuarantined and LotRecalled. */
    public record LotDecided(UUID lotId, UUID sellerId, UUID userId, UUID reportId, String lotNumber, String sku,
                             String category, String profile, String laboratory, String reportNumber, String reason,
                             List<Failure> failures) {
    }
}
