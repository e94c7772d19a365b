package dev.dryfruits.inventory.skus.control;

import dev.dryfruits.inventory.skus.entity.Sku;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The catalog's SKUs as this service knows them. */
@ApplicationScoped
public class Skus {

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    public Optional<Sku> find(String sku) {
        return Optional.ofNullable(em.find(Sku.class, sku));
    }

    /**
     * The SKU with its row locked until the transaction ends: every change to its lots' quantities or states takes
     * this lock first, in SKU order when there are several, so concurrent changes queue instead of deadlocking.
     */
    public Optional<Sku> lock(String sku) {
        return Optional.ofNullable(em.find(Sku.class, sku, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Records a pack size the catalog published (called inside the event's transaction). */
    public void record(String sku, UUID productId, UUID sellerId, String category, Integer packGrams) {
        Instant now = Instant.now();
        Sku known = em.find(Sku.class, sku, LockModeType.PESSIMISTIC_WRITE);
        if (known == null) {
            em.persist(new Sku(sku, productId, sellerId, category, packGrams, now));
        } else {
            known.describe(productId, category, packGrams, now);
        }
    }
}
