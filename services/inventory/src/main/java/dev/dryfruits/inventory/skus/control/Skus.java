package dev.dryfruits.inventory.skus.control;

import dev.dryfruits.inventory.skus.entity.Sku;
import dev.dryfruits.kit.rest.Peers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The catalog's SKUs as this service knows them. */
@ApplicationScoped
public class Skus {

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    @Inject
    ListingLookup listings;

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

    /**
     * Makes sure this service knows the SKU a seller refers to. It learns SKUs from ProductPublished events, which
     * take a moment to arrive after an approval; for a SKU not heard of yet, the product service, which owns the
     * catalog, is asked whether the calling seller has it on a listing on sale, and if so the SKU is recorded now,
     * as the event would (the event, when it comes, changes nothing). Otherwise nothing happens here: the caller's
     * request meets an unknown SKU as before.
     */
    @Transactional
    public void learnIfNew(UUID sellerId, String sku) {
        if (sku == null || find(sku).isPresent()) {
            return;
        }
        Peers.ask("product", "about pack size " + sku, () -> listings.liveListingsWith(sku)).stream()
                .flatMap(page -> page.items().stream())
                .filter(listing -> sellerId.equals(listing.sellerId()))
                .forEach(listing -> listing.variants().stream().filter(pack -> sku.equals(pack.sku())).findFirst()
                        .ifPresent(pack -> em.createNativeQuery("insert into sku (sku, product_id, seller_id, category,"
                                        + " pack_grams, updated_at) values (?1, ?2, ?3, ?4, ?5, now())"
                                        + " on conflict (sku) do nothing")
                                .setParameter(1, sku).setParameter(2, listing.id()).setParameter(3, sellerId)
                                .setParameter(4, listing.category().orElse(null)).setParameter(5, pack.packGrams())
                                .executeUpdate()));
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
