package dev.dryfruits.order.cart.control;

import dev.dryfruits.kit.money.Money;
import dev.dryfruits.kit.problem.FieldCheck;
import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.order.cart.entity.Cart;
import dev.dryfruits.order.cart.entity.CartLine;
import dev.dryfruits.order.cart.entity.LineStatus;
import dev.dryfruits.order.cart.entity.PricedCart;
import dev.dryfruits.order.catalog.control.Listings;
import dev.dryfruits.order.catalog.entity.Listing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Customers' carts: read at the listings' current prices and availability, changed by SKU within the limits. A pack
 * size goes in only while it is on sale and enough packs are available; a line may always be lowered or removed,
 * whatever happened to its listing since.
 */
@ApplicationScoped
public class Carts {

    static final String CURRENCY = "INR";

    @Inject
    CartStore store;

    @Inject
    Listings listings;

    @Inject
    @ConfigProperty(name = "dryfruits.order.cart.max-lines")
    int maxLines;

    @Inject
    @ConfigProperty(name = "dryfruits.order.cart.max-quantity")
    int maxQuantity;

    public PricedCart read(UUID customerId) {
        return store.find(customerId).map(this::priced)
                .orElseGet(() -> new PricedCart(customerId, List.of(), Money.ofMinor(0, CURRENCY), null));
    }

    public PricedCart put(UUID customerId, String sku, QuantityRequest request) {
        FieldCheck check = new FieldCheck();
        String checkedSku = check.text("sku", sku, 1, 40);
        int quantity = check.integer("quantity", ProblemException.requireBody(request, "The quantity").quantity(), 1,
                maxQuantity);
        check.throwIfAny();
        int before = store.find(customerId).flatMap(cart -> cart.line(checkedSku)).map(CartLine::quantity).orElse(0);
        if (quantity > before) {
            requireOnSaleAndInStock(checkedSku, quantity);
        }
        Instant now = Instant.now();
        return priced(store.change(customerId, cart -> {
            if (!cart.put(checkedSku, quantity, maxLines, now)) {
                throw ProblemException.conflict("cart-full", "A cart holds at most " + maxLines
                        + " pack sizes; remove one first");
            }
        }));
    }

    public PricedCart remove(UUID customerId, String sku) {
        Instant now = Instant.now();
        return priced(store.change(customerId, cart -> cart.remove(sku, now)));
    }

    /** The packs just ordered leave the cart; what the customer added meanwhile stays. */
    public void ordered(UUID customerId, Map<String, Integer> packs) {
        Instant now = Instant.now();
        store.change(customerId, cart -> packs.forEach((sku, quantity) -> cart.lower(sku, quantity, now)));
    }

    /** An order that could not be paid: its packs go back into the cart, beside what is there, within the limits. */
    public void putBack(UUID customerId, Map<String, Integer> packs) {
        Instant now = Instant.now();
        store.change(customerId, cart -> packs.forEach((sku, quantity) -> {
            if (cart.line(sku).isEmpty()) {
                cart.put(sku, Math.min(quantity, maxQuantity), maxLines, now);
            }
        }));
    }

    public void clear(UUID customerId) {
        Instant now = Instant.now();
        store.change(customerId, cart -> cart.clear(now));
    }

    private void requireOnSaleAndInStock(String sku, int quantity) {
        Listing listing = listings.find(sku).orElseThrow(() -> ProblemException.notFound("A listing on sale with SKU "
                + sku));
        if (!listing.isOnSale()) {
            throw ProblemException.conflict("not-on-sale", listing.productName() + " (" + sku
                    + ") is not on sale right now");
        }
        int available = listings.available(List.of(sku)).getOrDefault(sku, 0);
        if (available < quantity) {
            throw ProblemException.conflict("insufficient-stock", available == 0
                    ? listing.productName() + " (" + sku + ") is out of stock"
                    : "Only " + available + " packs of " + listing.productName() + " (" + sku + ") are available");
        }
    }

    /** The cart at its listings' current prices and availability. */
    public PricedCart priced(Cart cart) {
        List<String> skus = cart.lines().stream().map(CartLine::sku).toList();
        Map<String, Listing> known = listings.known(skus);
        Map<String, Integer> available = listings.available(skus);
        List<PricedCart.PricedLine> lines = new ArrayList<>();
        Money total = Money.ofMinor(0, CURRENCY);
        for (CartLine line : cart.lines()) {
            Listing listing = known.get(line.sku());
            int packs = available.getOrDefault(line.sku(), 0);
            LineStatus status = status(listing, line.quantity(), packs);
            Money unit = listing == null ? null : listing.price();
            Money lineTotal = unit == null ? null : unit.times(line.quantity());
            if (status == LineStatus.AVAILABLE) {
                total = total.plus(lineTotal);
            }
            lines.add(new PricedCart.PricedLine(line.sku(), line.quantity(),
                    listing == null ? null : listing.productId(), listing == null ? null : listing.productName(),
                    listing == null ? 0 : listing.packGrams(), listing == null ? null : listing.sellerId(), unit,
                    lineTotal, packs, status));
        }
        return new PricedCart(cart.customerId(), lines, total, cart.updatedAt());
    }

    private static LineStatus status(Listing listing, int quantity, int available) {
        if (listing == null || !listing.isOnSale()) {
            return LineStatus.NOT_ON_SALE;
        }
        if (available == 0) {
            return LineStatus.OUT_OF_STOCK;
        }
        return available < quantity ? LineStatus.SHORT : LineStatus.AVAILABLE;
    }
}
