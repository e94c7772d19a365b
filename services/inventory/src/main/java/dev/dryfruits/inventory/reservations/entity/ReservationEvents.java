package dev.dryfruits.inventory.reservations.entity;

import java.util.UUID;

/** Events about reservations, on the inventory topic keyed by order id (see docs/events.md). */
public final class ReservationEvents {

    private ReservationEvents() {
    }

    /** Not confirmed in time: the order can no longer be placed with this stock. */
    public record ReservationExpired(UUID reservationId, UUID orderId) {
    }

    /** Given back by inventory itself (a lot it held was recalled): the order must reserve again. */
    public record ReservationCancelled(UUID reservationId, UUID orderId, String reason) {
    }
}
