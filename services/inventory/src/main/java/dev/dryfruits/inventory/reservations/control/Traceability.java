package dev.dryfruits.inventory.reservations.control;

import dev.dryfruits.inventory.reservations.entity.Allocation;
import dev.dryfruits.inventory.reservations.entity.ReservationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One step forward from a lot (EU 178/2002 art. 18): every order that received packs of it. */
@ApplicationScoped
public class Traceability {

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    public record Delivery(UUID orderId, UUID reservationId, int quantity, Instant confirmedAt) {
    }

    public List<Delivery> ordersReceiving(UUID lotId) {
        return em.createQuery("select a from Allocation a join a.reservation r where a.lotId = :lot"
                        + " and r.status = :confirmed order by r.confirmedAt, r.id", Allocation.class)
                .setParameter("lot", lotId).setParameter("confirmed", ReservationStatus.CONFIRMED).getResultList()
                .stream().map(allocation -> new Delivery(allocation.reservation().orderId(),
                        allocation.reservation().id(), allocation.quantity(), allocation.reservation().confirmedAt()))
                .toList();
    }
}
