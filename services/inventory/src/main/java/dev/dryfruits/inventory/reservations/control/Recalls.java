package dev.dryfruits.inventory.reservations.control;

import dev.dryfruits.inventory.lots.entity.Lot;
import dev.dryfruits.inventory.lots.entity.LotEvents;
import dev.dryfruits.inventory.reservations.entity.Reservation;
import dev.dryfruits.inventory.reservations.entity.ReservationStatus;
import dev.dryfruits.inventory.stock.control.Stock;
import dev.dryfruits.inventory.stock.entity.StockEvents;
import dev.dryfruits.kit.events.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * A lot that failed a lab test after release: blocked at once, the active reservations holding it given back (their
 * orders must reserve again), and every order that already received it traced and announced.
 */
@ApplicationScoped
public class Recalls {

    private static final Logger LOG = Logger.getLogger(Recalls.class.getName());

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    @Inject
    Reservations reservations;

    @Inject
    Traceability traceability;

    @Inject
    Stock stock;

    @Inject
    Outbox outbox;

    /** Answers false for a lot this service does not know. */
    @Transactional
    public boolean recall(UUID lotId, String reason) {
        Set<String> skus = skusInvolved(lotId);
        if (skus.isEmpty()) {
            LOG.warning(() -> "A recall of lot " + lotId + " arrived, but no such lot was received here");
            return false;
        }
        var locked = reservations.lockAll(skus);
        if (!locked.keySet().containsAll(skusInvolved(lotId))) {
            // A reservation of another SKU took packs of this lot between the two reads: start again in order.
            throw new IllegalStateException("The reservations holding lot " + lotId + " changed; retrying");
        }
        Lot lot = em.find(Lot.class, lotId);
        em.refresh(lot);
        if (lot.recall(reason, Instant.now()).map(movement -> {
            em.persist(movement);
            return true;
        }).isEmpty()) {
            return true;
        }
        holding(lotId).forEach(reservation -> reservations.cancelForRecall(reservation, lot.lotNumber()));
        locked.values().forEach(stock::recount);
        List<LotEvents.TracedOrder> orders = traceability.ordersReceiving(lotId).stream()
                .map(delivery -> new LotEvents.TracedOrder(delivery.orderId(), delivery.quantity())).toList();
        outbox.publish(StockEvents.TOPIC, lotId.toString(), "LotRecallTraced", new LotEvents.LotRecallTraced(lotId,
                lot.sellerId(), lot.sku(), lot.lotNumber(), reason, orders));
        LOG.warning(() -> "Lot " + lot.lotNumber() + " (" + lotId + ") recalled: " + reason + "; " + orders.size()
                + " orders received it");
        return true;
    }

    /** The lot's SKU and those of the active reservations holding packs of it: the locks a recall needs. */
    private Set<String> skusInvolved(UUID lotId) {
        Set<String> skus = new TreeSet<>(em.createQuery("select l.sku from Lot l where l.id = :lot", String.class)
                .setParameter("lot", lotId).getResultList());
        if (!skus.isEmpty()) {
            skus.addAll(em.createQuery("select distinct other.sku from Allocation a join a.reservation r,"
                            + " Allocation other where a.lotId = :lot and r.status = :active"
                            + " and other.reservation = r", String.class)
                    .setParameter("lot", lotId).setParameter("active", ReservationStatus.ACTIVE).getResultList());
        }
        return skus;
    }

    private List<Reservation> holding(UUID lotId) {
        List<Reservation> found = em.createQuery("select distinct r from Allocation a join a.reservation r"
                        + " where a.lotId = :lot and r.status = :active", Reservation.class)
                .setParameter("lot", lotId).setParameter("active", ReservationStatus.ACTIVE).getResultList();
        found.forEach(em::refresh);
        return found;
    }
}
