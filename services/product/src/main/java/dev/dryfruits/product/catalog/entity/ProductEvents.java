package dev.dryfruits.product.catalog.entity;

import dev.dryfruits.kit.money.Money;
import java.util.List;
import java.util.UUID;

/**
 * What the product service tells the others, on {@value #TOPIC} keyed by product id (see docs/events.md). Amounts
 * are decimal strings with their currency, as in the API.
 */
public final class ProductEvents {

    public static final String TOPIC = "dryfruits.products";

    private ProductEvents() {
    }

    public record Price(String amount, String currency) {
        static Price of(Money money) {
            return money == null ? null : new Price(money.amountText(), money.currency().getCurrencyCode());
        }
    }

    public record Variant(String sku, int packGrams, Price price, Price mrp) {
    }

    /** For review by an administrator. */
    public record ProductSubmitted(UUID productId, UUID sellerId, String name, String category) {
    }

    /** On sale: approved, or resumed after a pause. Carries what orders and inventory need to know. */
    public record ProductPublished(UUID productId, UUID sellerId, String name, String category,
                                   List<Variant> variants) {
        public static ProductPublished of(Product product) {
            return new ProductPublished(product.id(), product.sellerId(), product.details().name(),
                    product.details().category(), product.variants().stream()
                    .map(variant -> new Variant(variant.sku(), variant.packGrams(), Price.of(variant.price()),
                            Price.of(variant.mrp()))).toList());
        }
    }

    public record ProductRejected(UUID productId, UUID sellerId, String reason) {
    }

    /** Off sale by its seller's choice. */
    public record ProductPaused(UUID productId, UUID sellerId) {
    }

    /** A variant's selling price changed ({@code oldPrice} is null for a new pack size). */
    public record ProductPriceChanged(UUID productId, UUID sellerId, String sku, Price oldPrice, Price newPrice) {
        public static ProductPriceChanged of(Product product, Product.PriceUpdate update) {
            return new ProductPriceChanged(product.id(), product.sellerId(), update.sku(), Price.of(update.before()),
                    Price.of(update.after()));
        }
    }
}
