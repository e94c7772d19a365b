package dev.dryfruits.product.catalog.control;

import dev.dryfruits.kit.events.Outbox;
import dev.dryfruits.kit.persistence.Page;
import dev.dryfruits.kit.persistence.PageRequest;
import dev.dryfruits.kit.persistence.PagedSearch;
import dev.dryfruits.kit.problem.Problem.Violation;
import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.product.catalog.control.ListingRules.Listing;
import dev.dryfruits.product.catalog.entity.PriceChange;
import dev.dryfruits.product.catalog.entity.Product;
import dev.dryfruits.product.catalog.entity.ProductEvents;
import dev.dryfruits.product.catalog.entity.ProductStatus;
import dev.dryfruits.product.sellers.control.Sellers;
import dev.dryfruits.product.sellers.entity.Seller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Listings and their lifecycle. A seller only ever reaches their own (anyone else's is "not found", so nobody learns
 * which ids exist); each change others must hear about is published on {@value ProductEvents#TOPIC} in the same
 * transaction.
 */
@ApplicationScoped
public class Products {

    @PersistenceContext(unitName = "product")
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Sellers sellers;

    @Inject
    Categories categories;

    @Inject
    @ConfigProperty(name = "dryfruits.catalog.currency")
    String currencyCode;

    /** A new DRAFT listing of a verified seller. */
    @Transactional
    public Product create(UUID sellerId, ProductDraft draft) {
        sellers.requireVerified(sellerId);
        Listing listing = ListingRules.validated(draft, categories.slugs(), currency());
        Product product = new Product(sellerId, listing.details(), listing.variants(), Instant.now());
        em.persist(product);
        // The price history refers to the product by id only, so EclipseLink cannot order the inserts itself.
        em.flush();
        recordPrices(product, product.variants().stream()
                .map(variant -> new Product.PriceUpdate(variant.sku(), null, variant.price())).toList(), sellerId);
        return product;
    }

    /** Replaces the listing's details and pack sizes (PUT, and PATCH once merged). */
    @Transactional
    public Product revise(UUID sellerId, UUID productId, ProductDraft draft) {
        Product product = ownedForUpdate(sellerId, productId);
        Listing listing = ListingRules.validated(draft, categories.slugs(), currency());
        List<Product.PriceUpdate> updates = decided(() -> product.revise(listing.details(), listing.variants(),
                Instant.now()));
        em.flush();
        recordPrices(product, updates, sellerId);
        updates.stream().filter(update -> update.before() != null).forEach(update -> publish(product,
                ProductEvents.ProductPriceChanged.of(product, update)));
        return product;
    }

    /**
     * Sends the listing for review: only a verified seller's, and only once everything the Legal Metrology rules
     * require is there (400 naming each missing field otherwise).
     */
    @Transactional
    public Product submit(UUID sellerId, UUID productId) {
        Product product = ownedForUpdate(sellerId, productId);
        sellers.requireVerified(sellerId);
        List<String> missing = product.missingForSale();
        if (!missing.isEmpty()) {
            throw new ProblemException(400, "listing-incomplete", "Listing incomplete",
                    "A listing needs " + String.join(", ", missing) + " before it can be sold",
                    missing.stream().map(field -> new Violation(field,
                            "is required before the listing can be submitted")).toList(), java.util.Map.of());
        }
        decide(() -> product.submit(Instant.now()));
        publish(product, new ProductEvents.ProductSubmitted(product.id(), sellerId, product.details().name(),
                product.details().category()));
        return product;
    }

    @Transactional
    public Product pause(UUID sellerId, UUID productId) {
        Product product = ownedForUpdate(sellerId, productId);
        decide(() -> product.pause(Instant.now()));
        publish(product, new ProductEvents.ProductPaused(product.id(), sellerId));
        return product;
    }

    @Transactional
    public Product resume(UUID sellerId, UUID productId) {
        Product product = ownedForUpdate(sellerId, productId);
        sellers.requireVerified(sellerId);
        decide(() -> product.resume(Instant.now()));
        publish(product, published(product));
        return product;
    }

    @Transactional
    public Product approve(UUID productId) {
        Product product = forUpdate(productId);
        decide(() -> product.approve(Instant.now()));
        publish(product, published(product));
        return product;
    }

    @Transactional
    public Product reject(UUID productId, String reason) {
        Product product = forUpdate(productId);
        decide(() -> product.reject(reason, Instant.now()));
        publish(product, new ProductEvents.ProductRejected(product.id(), product.sellerId(), reason));
        return product;
    }

    /** What anyone may see: a LIVE listing of a seller in good standing. */
    public Product visible(UUID productId) {
        return find(productId)
                .filter(product -> product.status() == ProductStatus.LIVE)
                .filter(product -> sellers.find(product.sellerId()).filter(Seller::mayList).isPresent())
                .orElseThrow(() -> notFound(productId));
    }

    /** The LIVE listing, of a seller who may list, that sells this pack size. */
    public Product visibleBySku(String sku) {
        List<UUID> ids = em.createQuery("select v.product.id from ProductVariant v where v.sku = :sku", UUID.class)
                .setParameter("sku", sku).getResultList();
        return ids.stream().findFirst().flatMap(this::find)
                .filter(product -> product.status() == ProductStatus.LIVE)
                .filter(product -> sellers.find(product.sellerId()).filter(Seller::mayList).isPresent())
                .orElseThrow(() -> ProblemException.notFound("A listing on sale with SKU " + sku));
    }

    public Product owned(UUID sellerId, UUID productId) {
        return find(productId).filter(product -> product.isOwnedBy(sellerId)).orElseThrow(() -> notFound(productId));
    }

    public Product get(UUID productId) {
        return find(productId).orElseThrow(() -> notFound(productId));
    }

    /** A seller's listings, in one state or all, with one pack size (SKU) or all. */
    public Page<Product> ofSeller(UUID sellerId, ProductStatus status, String sku, PageRequest page) {
        return PagedSearch.of(em, Product.class, "p")
                .whereEqual("sellerId", sellerId)
                .whereEqual("status", status)
                .where("exists (select v from ProductVariant v where v.product = p and v.sku = :sku)", "sku", sku)
                .page("p.updatedAt desc, p.id", page);
    }

    /** Administrators' queue: oldest submission first, so nothing waits forever. */
    public Page<Product> search(ProductStatus status, UUID sellerId, PageRequest page) {
        return PagedSearch.of(em, Product.class, "p")
                .whereEqual("status", status)
                .whereEqual("sellerId", sellerId)
                .page("p.submittedAt, p.createdAt, p.id", page);
    }

    public List<PriceChange> priceHistory(UUID productId) {
        return em.createNamedQuery(PriceChange.OF_PRODUCT, PriceChange.class).setParameter("productId", productId)
                .getResultList();
    }

    private Optional<Product> find(UUID productId) {
        return Optional.ofNullable(em.find(Product.class, productId));
    }

    private Product ownedForUpdate(UUID sellerId, UUID productId) {
        Product product = forUpdate(productId);
        if (!product.isOwnedBy(sellerId)) {
            throw notFound(productId);
        }
        return product;
    }

    private Product forUpdate(UUID productId) {
        Product product = em.find(Product.class, productId, LockModeType.PESSIMISTIC_WRITE);
        if (product == null) {
            throw notFound(productId);
        }
        return product;
    }

    private void recordPrices(Product product, List<Product.PriceUpdate> updates, UUID changedBy) {
        Instant now = Instant.now();
        updates.forEach(update -> em.persist(new PriceChange(product.id(), update.sku(), update.before(),
                update.after(), changedBy, now)));
    }

    private void publish(Product product, Record event) {
        outbox.publish(ProductEvents.TOPIC, product.id().toString(), event.getClass().getSimpleName(), event);
    }

    private Currency currency() {
        return Currency.getInstance(currencyCode);
    }

    private static ProblemException notFound(UUID productId) {
        return ProblemException.notFound("Product " + productId);
    }

    /** A step the listing's status does not allow is a 409 saying why. */
    private static <T> T decided(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (IllegalStateException notAllowed) {
            throw ProblemException.conflict("listing-state", notAllowed.getMessage());
        }
    }

    private static void decide(Runnable step) {
        decided(() -> {
            step.run();
            return null;
        });
    }

    private ProductEvents.ProductPublished published(Product product) {
        return ProductEvents.ProductPublished.of(product, categories.hsnOf(product.details().category()));
    }
}
