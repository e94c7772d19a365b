package dev.dryfruits.order.cart.boundary;

import dev.dryfruits.kit.money.MoneyView;
import dev.dryfruits.order.cart.entity.PricedCart;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Cart", description = "The customer's cart at its listings' current prices and availability")
public record CartView(List<LineView> lines,
                       @Schema(description = "The lines that can be bought as they stand") MoneyView total,
                       @Schema(description = "Packs in the cart") int itemCount,
                       @Schema(description = "Every line can be bought as it stands: ready for checkout")
                       boolean ready,
                       Instant updatedAt) {

    @Schema(name = "CartLine")
    public record LineView(String sku, int quantity, UUID productId, String productName, int packGrams,
                           UUID sellerId, MoneyView unitPrice, MoneyView lineTotal,
                           @Schema(description = "Packs available now") int available,
                           @Schema(enumeration = {"AVAILABLE", "SHORT", "OUT_OF_STOCK", "NOT_ON_SALE"}) String status,
                           @Schema(description = "What stops the line, for a human; absent when it can be bought")
                           String problem) {

        static LineView of(PricedCart.PricedLine line) {
            return new LineView(line.sku(), line.quantity(), line.productId(), line.productName(), line.packGrams(),
                    line.sellerId(), MoneyView.of(line.unitPrice()), MoneyView.of(line.lineTotal()), line.available(),
                    line.status().name(), problem(line));
        }

        private static String problem(PricedCart.PricedLine line) {
            return switch (line.status()) {
                case AVAILABLE -> null;
                case SHORT -> "Only " + line.available() + " packs are available now";
                case OUT_OF_STOCK -> "Out of stock";
                case NOT_ON_SALE -> "Not on sale right now";
            };
        }
    }

    static CartView of(PricedCart cart) {
        return new CartView(cart.lines().stream().map(LineView::of).toList(), MoneyView.of(cart.total()),
                cart.lines().stream().mapToInt(PricedCart.PricedLine::quantity).sum(), cart.isReady(),
                cart.updatedAt());
    }
}
