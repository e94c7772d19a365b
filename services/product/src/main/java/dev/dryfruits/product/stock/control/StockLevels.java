package dev.dryfruits.product.stock.control;

import dev.dryfruits.product.stock.entity.SkuStock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Stock per SKU as the inventory service announces it: what the catalog shows as in stock. */
@ApplicationScoped
public class StockLevels {

    @PersistenceContext(unitName = "product")
    EntityManager em;

    /** Records an announcement (inside the event's transaction); versions only move forward. */
    public void record(String sku, int available, long version) {
        Instant now = Instant.now();
        SkuStock known = em.find(SkuStock.class, sku, LockModeType.PESSIMISTIC_WRITE);
        if (known == null) {
            em.persist(new SkuStock(sku, available, version, now));
        } else {
            known.announce(available, version, now);
        }
    }

    /** Available packs per SKU; SKUs never announced are absent (nothing received yet: 0). */
    public Map<String, Integer> available(Collection<String> skus) {
        Map<String, Integer> available = new HashMap<>();
        if (!skus.isEmpty()) {
            em.createQuery("select s from SkuStock s where s.sku in :skus", SkuStock.class)
                    .setParameter("skus", skus).getResultList()
                    .forEach(stock -> available.put(stock.sku(), stock.available()));
        }
        return available;
    }
}
