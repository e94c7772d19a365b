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

    /** A pack size, with how it ships (the marketplace's standard packaging for its net weight). */
    public record Variant(String sku, int packGrams, Price price, Price mrp, int shippingGrams, int lengthCm,
                          int widthCm, int heightCm) {
        static Variant of(ProductVariant variant) {
            PackagingStandard.ShippingPack pack = variant.shippingPack();
            return new Variant(variant.sku(), variant.packGrams(), Price.of(variant.price()), Price.of(variant.mrp()),
                    pack.shippingGrams(), pack.lengthCm(), pack.widthCm(), pack.heightCm());
        }
    }

    /** For review by an administrator. */
    public record ProductSubmitted(UUID productId, UUID sellerId, String name, String category) {
    }

    /**
     * On sale: approved, or resumed after a pause. Carries what orders and inventory need to know, the HSN heading
     * of its category (what its sales are taxed by) among them.
     */
    public record ProductPublished(UUID productId, UUID sellerId, String name, String category, String hsn,
                                   List<Variant> variants) {
        public static ProductPublished of(Product product, String hsn) {
            return new ProductPublished(product.id(), product.sellerId(), product.details().name(),
                    product.details().category(), hsn, product.variants().stream().map(Variant::of).toList());
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
