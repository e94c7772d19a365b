package dev.dryfruits.inventory.lots.control;

import dev.dryfruits.inventory.lots.entity.Lot;
import dev.dryfruits.inventory.lots.entity.LotEvents;
import dev.dryfruits.inventory.lots.entity.LotMovement;
import dev.dryfruits.inventory.lots.entity.LotStatus;
import dev.dryfruits.inventory.skus.control.Skus;
import dev.dryfruits.inventory.skus.entity.Sku;
import dev.dryfruits.inventory.stock.control.Stock;
import dev.dryfruits.inventory.stock.entity.StockEvents;
import dev.dryfruits.kit.events.Outbox;
import dev.dryfruits.kit.persistence.Page;
import dev.dryfruits.kit.persistence.PageRequest;
import dev.dryfruits.kit.persistence.PagedSearch;
import dev.dryfruits.kit.problem.FieldCheck;
import dev.dryfruits.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.logging.Logger;

/** Lots: receipt, the seller's view of them, adjustments, and the quality service's decisions. */
@ApplicationScoped
public class Lots {

    private static final Logger LOG = Logger.getLogger(Lots.class.getName());

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

    /** A seller receives a lot of one of their SKUs; it waits in quarantine for its lab report. */
    @Transactional
    public Lot receive(UUID sellerId, LotSubmission submission) {
        var details = LotSubmission.required(submission).validated(shelfLife.today());
        Sku sku = skus.lock(details.sku()).filter(known -> known.soldBy(sellerId)).orElseThrow(() ->
                ProblemException.invalidField("sku", "is not a pack size of one of your listings on sale"));
        boolean taken = !em.createQuery("select l.id from Lot l where l.sellerId = :seller and l.lotNumber = :number",
                        UUID.class).setParameter("seller", sellerId).setParameter("number", details.lotNumber())
                .setMaxResults(1).getResultList().isEmpty();
        if (taken) {
            throw ProblemException.conflict("lot-number-taken", "You already received a lot numbered "
                    + details.lotNumber() + "; lot numbers are unique per seller");
        }
        Lot.Receipt receipt = Lot.receive(sellerId, sku.productId(), details, sellerId, Instant.now());
        em.persist(receipt.lot());
        em.persist(receipt.movement());
        outbox.publish(StockEvents.TOPIC, receipt.lot().id().toString(), "LotReceived",
                LotEvents.LotReceived.of(receipt.lot(), sku.category()));
        return receipt.lot();
    }

    /** A lot the caller may see: their own, or any for an administrator; 404 otherwise (it is not theirs to know). */
    public Lot visibleTo(UUID callerId, boolean admin, UUID lotId) {
        Lot lot = em.find(Lot.class, lotId);
        if (lot == null || !(admin || lot.ownedBy(callerId))) {
            throw ProblemException.notFound("Lot " + lotId);
        }
        return lot;
    }

    /** A seller's lots (every seller's for an administrator, who may also filter by seller). */
    public Page<Lot> list(UUID sellerId, String sku, LotStatus status, PageRequest page) {
        return PagedSearch.of(em, Lot.class, "l").whereEqual("sellerId", sellerId).whereEqual("sku", sku)
                .whereEqual("status", status).page("l.createdAt desc, l.id", page);
    }

    public List<LotMovement> history(UUID lotId) {
        return em.createQuery("select m from LotMovement m where m.lotId = :lot order by m.occurredAt, m.id",
                LotMovement.class).setParameter("lot", lotId).getResultList();
    }

    /** A counted correction (damage, loss, recount), kept in the lot's history with its reason. */
    @Transactional
    public Lot adjust(UUID callerId, boolean admin, UUID lotId, Integer delta, String reason) {
        FieldCheck check = new FieldCheck();
        int change = check.integer("delta", delta, -LotSubmission.MAX_QUANTITY, LotSubmission.MAX_QUANTITY);
        String why = check.text("reason", reason, 3, 1000);
        check.throwIfAny();
        visibleTo(callerId, admin, lotId);
        Locked locked = lock(lotId).orElseThrow(() -> ProblemException.notFound("Lot " + lotId));
        em.persist(locked.lot().adjust(change, why, callerId, Instant.now()));
        stock.recount(locked.sku());
        return locked.lot();
    }

    /** The lot passed its lab tests: on sale. Answers false for a lot this service does not know. */
    @Transactional
    public boolean release(UUID lotId, String reason) {
        return decide(lotId, reason, (lot, why) -> lot.release(why, Instant.now()), "released");
    }

    /** The lot failed its lab tests before release: held. */
    @Transactional
    public boolean quarantine(UUID lotId, String reason) {
        return decide(lotId, reason, (lot, why) -> lot.quarantine(why, Instant.now()), "quarantined");
    }

    private boolean decide(UUID lotId, String reason, BiFunction<Lot, String, Optional<LotMovement>> change,
                           String outcome) {
        Optional<Locked> locked = lock(lotId);
        if (locked.isEmpty()) {
            LOG.warning(() -> "A decision about lot " + lotId + " arrived, but no such lot was received here");
            return false;
        }
        Lot lot = locked.get().lot();
        change.apply(lot, reason).ifPresent(movement -> {
            em.persist(movement);
            stock.recount(locked.get().sku());
            LOG.info(() -> "Lot " + lot.lotNumber() + " (" + lot.id() + ") " + outcome + ": " + reason);
        });
        return true;
    }

    /** Lots to expire: quarantined or released, past their best-before date. */
    public List<UUID> pastBestBefore(int limit) {
        return em.createQuery("select l.id from Lot l where l.status in :statuses and l.bestBefore < :today"
                        + " order by l.bestBefore", UUID.class)
                .setParameter("statuses", List.of(LotStatus.QUARANTINED, LotStatus.RELEASED))
                .setParameter("today", shelfLife.today()).setMaxResults(limit).getResultList();
    }

    @Transactional
    public void expire(UUID lotId) {
        lock(lotId).ifPresent(locked -> {
            Lot lot = locked.lot();
            if (!lot.isPastBestBefore(shelfLife.today())) {
                return;
            }
            lot.expire(Instant.now()).ifPresent(movement -> {
                em.persist(movement);
                outbox.publish(StockEvents.TOPIC, lot.id().toString(), "LotExpired", LotEvents.LotExpired.of(lot));
                stock.recount(locked.sku());
                LOG.info(() -> "Lot " + lot.lotNumber() + " (" + lot.id() + ") expired");
            });
        });
    }

    /** Released lots not yet reported whose last sellable day is within the notice period. */
    public List<UUID> nearingExpiry() {
        var today = shelfLife.today();
        return em.createQuery("select l from Lot l where l.status = :released and l.nearExpiryReported = false",
                        Lot.class).setParameter("released", LotStatus.RELEASED).getResultList().stream()
                .filter(lot -> !today.plusDays(shelfLife.nearExpiryNoticeDays())
                        .isBefore(lot.lastSellableDay(shelfLife.rule())))
                .map(Lot::id).toList();
    }

    /** Tells the seller (LotNearExpiry) that a lot stops being sellable soon; once per lot. */
    @Transactional
    public void reportNearExpiry(UUID lotId) {
        lock(lotId).filter(locked -> !locked.lot().isNearExpiryReported()).ifPresent(locked -> {
            Lot lot = locked.lot();
            lot.nearExpiryReported();
            outbox.publish(StockEvents.TOPIC, lot.id().toString(), "LotNearExpiry", new LotEvents.LotNearExpiry(
                    lot.id(), lot.sellerId(), lot.sku(), lot.lotNumber(), lot.bestBefore(),
                    lot.lastSellableDay(shelfLife.rule()), lot.onHand()));
        });
    }

    /** SKUs with released lots: their stock can change with the calendar alone. */
    public List<String> skusOnSale() {
        return em.createQuery("select distinct l.sku from Lot l where l.status = :released", String.class)
                .setParameter("released", LotStatus.RELEASED).getResultList();
    }

    /** Recounts a SKU's stock, announcing it if the calendar moved it (a lot passed its last sellable day). */
    @Transactional
    public void recount(String sku) {
        skus.lock(sku).ifPresent(stock::recount);
    }

    /**
     * The lot with its SKU locked (and read after the lock, so its quantities are current): the way in for every
     * change to a lot.
     */
    public Optional<Locked> lock(UUID lotId) {
        List<String> sku = em.createQuery("select l.sku from Lot l where l.id = :id", String.class)
                .setParameter("id", lotId).getResultList();
        if (sku.isEmpty()) {
            return Optional.empty();
        }
        Sku locked = skus.lock(sku.get(0)).orElseThrow();
        Lot lot = em.find(Lot.class, lotId);
        em.refresh(lot);
        return Optional.of(new Locked(locked, lot));
    }

    public record Locked(Sku sku, Lot lot) {
    }
}
