package dev.dryfruits.order.catalog.control;

import dev.dryfruits.kit.money.Money;
import dev.dryfruits.kit.rest.Peers;
import dev.dryfruits.order.catalog.entity.CatalogEvents;
import dev.dryfruits.order.catalog.entity.ListedProduct;
import dev.dryfruits.order.catalog.entity.Listing;
import dev.dryfruits.order.catalog.entity.SkuStock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The store of what this service knows of the catalog, kept from the product and inventory services' events, and
 * completed by asking the product service about a SKU not heard of yet (a listing published a moment ago).
 */
@ApplicationScoped
// Reads too, so that checkout never holds a connection outside a transaction (docs/architecture.md, "Inside a service").
@Transactional
public class Listings {

    @PersistenceContext(unitName = "order")
    EntityManager em;

    @Inject
    CatalogLookup lookup;

    /** Records a publication (inside the event's transaction): every pack size is on sale with these details. */
    public void published(CatalogEvents.ProductPublished product) {
        Instant now = Instant.now();
        for (CatalogEvents.Variant variant : product.variants()) {
            record(variant.sku(), new Listing.Details(product.productId(), product.sellerId(), product.name(),
                    product.category(), product.hsn(), variant.packGrams(), money(variant.price()),
                    variant.mrp().map(Listings::money).orElse(null), variant.shippingGrams(), variant.lengthCm(),
                    variant.widthCm(), variant.heightCm()), now);
        }
    }

    /** The product's pack sizes are off sale (paused or rejected). */
    public void withdrawn(UUID productId) {
        Instant now = Instant.now();
        em.createQuery("select l from Listing l where l.productId = :product", Listing.class)
                .setParameter("product", productId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()
                .forEach(listing -> listing.withdraw(now));
    }

    public void repriced(CatalogEvents.ProductPriceChanged change) {
        Listing listing = em.find(Listing.class, change.sku(), LockModeType.PESSIMISTIC_WRITE);
        if (listing != null && change.newPrice() != null) {
            listing.reprice(money(change.newPrice()), Instant.now());
        }
    }

    /** Records a stock announcement; versions only move forward. */
    public void stock(CatalogEvents.StockChanged stock) {
        Instant now = Instant.now();
        SkuStock known = em.find(SkuStock.class, stock.sku(), LockModeType.PESSIMISTIC_WRITE);
        if (known == null) {
            em.persist(new SkuStock(stock.sku(), stock.available(), stock.version(), now));
        } else {
            known.announce(stock.available(), stock.version(), now);
        }
    }

    /** The known listings of these SKUs (those never heard of are absent). */
    public Map<String, Listing> known(Collection<String> skus) {
        Map<String, Listing> known = new HashMap<>();
        if (!skus.isEmpty()) {
            em.createQuery("select l from Listing l where l.sku in :skus", Listing.class).setParameter("skus", skus)
                    .getResultList().forEach(listing -> known.put(listing.sku(), listing));
        }
        return known;
    }

    /** Packs available now per SKU; a SKU never announced has none (nothing received yet). */
    public Map<String, Integer> available(Collection<String> skus) {
        Map<String, Integer> available = new HashMap<>();
        if (!skus.isEmpty()) {
            em.createQuery("select s from SkuStock s where s.sku in :skus", SkuStock.class).setParameter("skus", skus)
                    .getResultList().forEach(stock -> available.put(stock.sku(), stock.available()));
        }
        return available;
    }

    /**
     * The listing of a SKU: the one heard of, or else the product service's answer (kept, as its event would have
     * been; the event, when it comes, says the same). Empty when no listing on sale has it. 503 when the product
     * service cannot be asked.
     */
    @Transactional
    public Optional<Listing> find(String sku) {
        Listing known = em.find(Listing.class, sku);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<ListedProduct> answer = Peers.ask("product", "about SKU " + sku, () -> lookup.listingWith(sku));
        return answer.filter(product -> "LIVE".equals(product.status())).flatMap(product -> product.variants().stream()
                .filter(variant -> variant.sku().equals(sku)).findFirst().map(variant -> learn(product, variant)));
    }

    private Listing learn(ListedProduct product, ListedProduct.Variant variant) {
        Instant now = Instant.now();
        Listing listing = record(variant.sku(), new Listing.Details(product.id(), product.sellerId(), product.name(),
                product.category(), product.hsn(), variant.packGrams(), money(variant.price()), money(variant.mrp()),
                variant.shippingGrams(), variant.box().lengthCm(), variant.box().widthCm(),
                variant.box().heightCm()), now);
        // Version -1: the inventory service's own announcements, whatever their version, are newer than this.
        stock(new CatalogEvents.StockChanged(variant.sku(), variant.available(), -1));
        return listing;
    }

    private Listing record(String sku, Listing.Details details, Instant now) {
        Listing listing = em.find(Listing.class, sku, LockModeType.PESSIMISTIC_WRITE);
        if (listing == null) {
            listing = new Listing(sku, details, now);
            em.persist(listing);
        } else {
            listing.publish(details, now);
        }
        return listing;
    }

    private static Money money(CatalogEvents.Price price) {
        return price == null ? null : Money.of(new BigDecimal(price.amount()),
                Currency.getInstance(price.currency()));
    }
}
