package dev.dryfruits.inventory.reservations.boundary;

import dev.dryfruits.inventory.reservations.entity.Allocation;
import dev.dryfruits.inventory.reservations.entity.Reservation;
import dev.dryfruits.inventory.reservations.entity.ReservationStatus;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Reservation")
public record ReservationView(UUID id, UUID orderId, ReservationStatus status, String statusReason,
                              Instant expiresAt, Instant createdAt, Instant confirmedAt, List<Line> lines,
                              @Schema(description = "Where each SKU's packs come from, first expiry first")
                              List<AllocationView> allocations) {

    @Schema(name = "ReservationLine")
    public record Line(String sku, int quantity) {
    }

    @Schema(name = "Allocation")
    public record AllocationView(String sku, UUID lotId, String lotNumber, int quantity) {
    }

    static ReservationView of(Reservation reservation) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        List<AllocationView> allocations = reservation.allocations().stream().map((Allocation allocation) -> {
            lines.merge(allocation.sku(), allocation.quantity(), Integer::sum);
            return new AllocationView(allocation.sku(), allocation.lotId(), allocation.lotNumber(),
                    allocation.quantity());
        }).toList();
        return new ReservationView(reservation.id(), reservation.orderId(), reservation.status(),
                reservation.statusReason(), reservation.expiresAt(), reservation.createdAt(),
                reservation.confirmedAt(), lines.entrySet().stream()
                .map(line -> new Line(line.getKey(), line.getValue())).toList(), allocations);
    }
}
