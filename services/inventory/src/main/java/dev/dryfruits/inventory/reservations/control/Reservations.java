package dev.dryfruits.inventory.reservations.control;

import dev.dryfruits.inventory.lots.control.ShelfLifePolicy;
import dev.dryfruits.inventory.lots.entity.Lot;
import dev.dryfruits.inventory.reservations.entity.Allocation;
import dev.dryfruits.inventory.reservations.entity.Reservation;
import dev.dryfruits.inventory.reservations.entity.ReservationEvents;
import dev.dryfruits.inventory.reservations.entity.ReservationStatus;
import dev.dryfruits.inventory.skus.control.Skus;
import dev.dryfruits.inventory.skus.entity.Sku;
import dev.dryfruits.inventory.stock.control.Stock;
import dev.dryfruits.inventory.stock.entity.StockEvents;
import dev.dryfruits.kit.events.Outbox;
import dev.dryfruits.kit.problem.Problem;
import dev.dryfruits.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stock held for orders. Every method that moves packs locks the SKUs involved in SKU order first (see
 * {@link Skus#lock}), so concurrent reservations on any number of replicas queue per SKU and never oversell; the
 * lot table's checks would refuse it anyway.
 */
@ApplicationScoped
public class Reservations {

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    @Inject
    Skus skus;

    @Inject
    Stock stock;

    @Inject
    ShelfLifePolicy shelfLife;

    @Inject
    Outbox outbox;

    @Inject
    @ConfigProperty(name = "dryfruits.inventory.reservation-default-ttl")
    Duration defaultTtl;

    @Inject
    @ConfigProperty(name = "dryfruits.inventory.reservation-max-ttl")
    Duration maxTtl;

    public Optional<Reservation> find(UUID id) {
        return Optional.ofNullable(em.find(Reservation.class, id));
    }

    public Optional<Reservation> ofOrder(UUID orderId) {
        return em.createQuery("select r from Reservation r where r.orderId = :order", Reservation.class)
                .setParameter("order", orderId).getResultStream().findFirst();
    }

    public ReservationRequest.Checked check(ReservationRequest request) {
        return ReservationRequest.required(request).validated(defaultTtl, maxTtl);
    }

    /**
     * Holds every line's packs, first expiry first, or nothing: 409 naming each SKU that is short. Answers the
     * order's existing reservation instead if it has one.
     */
    @Transactional
    public Reserved reserve(ReservationRequest.Checked request, UUID callerId) {
        Optional<Reservation> existing = ofOrder(request.orderId());
        if (existing.isPresent()) {
            return new Reserved(existing.get(), false);
        }
        Map<String, Sku> locked = lockAll(request.lines().stream().map(FefoAllocator.Line::sku).toList());
        Map<String, List<Lot>> lots = new HashMap<>();
        locked.keySet().forEach(sku -> lots.put(sku, stock.releasedLots(sku)));
        FefoAllocator.Plan plan = FefoAllocator.plan(request.lines(), lots, shelfLife.today(), shelfLife.rule());
        if (!plan.isComplete()) {
            throw shortOf(plan.shortages());
        }
        Instant now = Instant.now();
        Reservation reservation = new Reservation(request.orderId(), plan.picks(), now.plus(request.ttl()), callerId,
                now);
        plan.picks().forEach(pick -> em.find(Lot.class, pick.lotId()).reserve(pick.quantity()));
        em.persist(reservation);
        locked.values().forEach(stock::recount);
        return new Reserved(reservation, true);
    }

    /** A reservation, and whether this request made it (or the order had one already). */
    public record Reserved(Reservation reservation, boolean created) {
    }

    /** The order was placed: the packs leave their lots. Confirming again changes nothing. */
    @Transactional
    public Reservation confirm(UUID id) {
        Reservation reservation = lockedReservation(id);
        if (reservation.status() == ReservationStatus.CONFIRMED) {
            return reservation;
        }
        requireActive(reservation, "confirmed");
        Instant now = Instant.now();
        for (Allocation allocation : reservation.allocations()) {
            em.persist(em.find(Lot.class, allocation.lotId()).ship(allocation.quantity(), reservation.orderId(), now));
        }
        reservation.confirm(now);
        return reservation;
    }

    /** Gives the packs back. Releasing a released or expired reservation changes nothing. */
    @Transactional
    public Reservation release(UUID id, String reason) {
        Reservation reservation = lockedReservation(id);
        if (reservation.status() == ReservationStatus.RELEASED || reservation.status() == ReservationStatus.EXPIRED) {
            return reservation;
        }
        if (reservation.status() == ReservationStatus.CONFIRMED) {
            throw ProblemException.conflict("reservation-confirmed", "Reservation " + id + " is confirmed: its packs"
                    + " have left the warehouse for order " + reservation.orderId());
        }
        giveBack(reservation);
        reservation.release(reason, Instant.now());
        recount(reservation);
        return reservation;
    }

    /**
     * The order was cancelled before its packs were dispatched: they go back to the lots they were taken from.
     * Returning again changes nothing; only a confirmed reservation can be returned (409 otherwise).
     */
    @Transactional
    public Reservation restock(UUID id, String reason) {
        Reservation reservation = lockedReservation(id);
        if (reservation.status() == ReservationStatus.RETURNED) {
            return reservation;
        }
        if (reservation.status() != ReservationStatus.CONFIRMED) {
            throw ProblemException.conflict("reservation-not-confirmed", "Reservation " + id + " is "
                    + reservation.status() + ": only confirmed packs can be returned (release it instead)");
        }
        Instant now = Instant.now();
        for (Allocation allocation : reservation.allocations()) {
            em.persist(em.find(Lot.class, allocation.lotId()).restock(allocation.quantity(), reservation.orderId(),
                    now));
        }
        reservation.returned(reason, now);
        recount(reservation);
        return reservation;
    }

    /** Active reservations whose time ran out, for the sweeper. */
    public List<UUID> runOut(int limit) {
        return em.createQuery("select r.id from Reservation r where r.status = :active and r.expiresAt <= :now"
                        + " order by r.expiresAt", UUID.class)
                .setParameter("active", ReservationStatus.ACTIVE).setParameter("now", Instant.now())
                .setMaxResults(limit).getResultList();
    }

    /** Gives back the stock of a reservation that was not confirmed in time (if it still is). */
    @Transactional
    public void expire(UUID id) {
        Reservation reservation = lockedReservation(id);
        Instant now = Instant.now();
        if (!reservation.hasRunOut(now)) {
            return;
        }
        giveBack(reservation);
        reservation.expire(now);
        recount(reservation);
        outbox.publish(StockEvents.TOPIC, reservation.orderId().toString(), "ReservationExpired",
                new ReservationEvents.ReservationExpired(reservation.id(), reservation.orderId()));
    }

    /**
     * Ends an active reservation that holds packs of a recalled lot (the caller holds every SKU lock involved), and
     * tells the order service to reserve again.
     */
    public void cancelForRecall(Reservation reservation, String lotNumber) {
        String reason = "Lot " + lotNumber + " was recalled";
        giveBack(reservation);
        reservation.release(reason, Instant.now());
        outbox.publish(StockEvents.TOPIC, reservation.orderId().toString(), "ReservationCancelled",
                new ReservationEvents.ReservationCancelled(reservation.id(), reservation.orderId(), reason));
    }

    private void giveBack(Reservation reservation) {
        reservation.allocations().forEach(allocation ->
                em.find(Lot.class, allocation.lotId()).unreserve(allocation.quantity()));
    }

    private void recount(Reservation reservation) {
        reservation.skus().forEach(sku -> skus.find(sku).ifPresent(stock::recount));
    }

    /** The reservation, read again after locking its SKUs so that its state is current. */
    private Reservation lockedReservation(UUID id) {
        Reservation reservation = find(id).orElseThrow(() -> ProblemException.notFound("Reservation " + id));
        lockAll(reservation.skus());
        em.refresh(reservation);
        return reservation;
    }

    private static void requireActive(Reservation reservation, String action) {
        if (reservation.hasRunOut(Instant.now())) {
            throw ProblemException.conflict("reservation-expired", "Reservation " + reservation.id()
                    + " ran out at " + reservation.expiresAt() + " and cannot be " + action + "; reserve again");
        }
        if (!reservation.isActive()) {
            throw ProblemException.conflict("reservation-not-active", "Reservation " + reservation.id() + " is "
                    + reservation.status() + " and cannot be " + action + "; reserve again");
        }
    }

    /** Locks the SKUs that exist, in SKU order; answers them by SKU. */
    public Map<String, Sku> lockAll(Collection<String> skuCodes) {
        Map<String, Sku> locked = new HashMap<>();
        for (String sku : new TreeSet<>(skuCodes)) {
            skus.lock(sku).ifPresent(found -> locked.put(sku, found));
        }
        return locked;
    }

    private static ProblemException shortOf(List<FefoAllocator.Shortage> shortages) {
        List<Problem.Violation> lines = shortages.stream().map(shortage -> new Problem.Violation(
                "lines[" + shortage.line() + "].quantity", shortage.sku() + ": " + shortage.requested()
                + " requested, " + shortage.available() + " available")).toList();
        String skus = String.join(", ", shortages.stream().map(FefoAllocator.Shortage::sku).toList());
        return new ProblemException(409, "insufficient-stock", "Not enough stock", "Not enough stock of " + skus
                + "; nothing was reserved", lines, Map.of());
    }
}
