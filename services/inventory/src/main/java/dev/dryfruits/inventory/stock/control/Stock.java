package dev.dryfruits.inventory.stock.control;

import dev.dryfruits.inventory.lots.control.ShelfLifePolicy;
import dev.dryfruits.inventory.lots.entity.Lot;
import dev.dryfruits.inventory.lots.entity.LotStatus;
import dev.dryfruits.inventory.skus.entity.Sku;
import dev.dryfruits.inventory.stock.entity.StockEvents;
import dev.dryfruits.kit.events.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Available stock of a SKU: the free packs of its released lots that may still be sold today (within the minimum
 * remaining shelf life), which is what a reservation can take. Announces every change.
 */
@ApplicationScoped
public class Stock {

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    @Inject
    ShelfLifePolicy shelfLife;

    @Inject
    Outbox outbox;

    @Inject
    @ConfigProperty(name = "dryfruits.inventory.low-stock-threshold")
    int lowStockThreshold;

    /** A SKU's released lots, first expiry first (the order they are sold in). */
    public List<Lot> releasedLots(String sku) {
        return em.createQuery("select l from Lot l where l.sku = :sku and l.status = :released"
                        + " order by l.bestBefore, l.createdAt, l.id", Lot.class)
                .setParameter("sku", sku).setParameter("released", LotStatus.RELEASED).getResultList();
    }

    /** Packs available now per SKU, in the order asked; a SKU nobody stocks has 0. */
    public Map<String, Integer> available(Collection<String> skus) {
        Map<String, Integer> available = new LinkedHashMap<>();
        skus.forEach(sku -> available.put(sku, 0));
        if (skus.isEmpty()) {
            return available;
        }
        LocalDate today = shelfLife.today();
        em.createQuery("select l from Lot l where l.sku in :skus and l.status = :released", Lot.class)
                .setParameter("skus", skus).setParameter("released", LotStatus.RELEASED).getResultList()
                .forEach(lot -> available.merge(lot.sku(), lot.sellable(today, shelfLife.rule()), Integer::sum));
        return available;
    }

    /**
     * Recounts a SKU after its lots changed, and announces the new figure if it moved (StockChanged, and LowStock on
     * falling to the threshold). The caller holds the SKU's lock and a transaction.
     */
    public void recount(Sku sku) {
        int available = available(List.of(sku.sku())).get(sku.sku());
        switch (sku.restock(available, lowStockThreshold, Instant.now())) {
            case NONE -> {
                // Nothing to announce.
            }
            case CHANGED -> announce(sku);
            case BECAME_LOW -> {
                announce(sku);
                outbox.publish(StockEvents.TOPIC, sku.sku(), "LowStock", new StockEvents.LowStock(sku.sku(),
                        sku.productId(), sku.sellerId(), sku.available(), lowStockThreshold));
            }
        }
    }

    private void announce(Sku sku) {
        outbox.publish(StockEvents.TOPIC, sku.sku(), "StockChanged", new StockEvents.StockChanged(sku.sku(),
                sku.productId(), sku.sellerId(), sku.available(), sku.stockVersion()));
    }
}
