package dev.dryfruits.product.catalog.boundary;

import dev.dryfruits.kit.money.MoneyView;
import dev.dryfruits.product.catalog.entity.PriceChange;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PriceChange", description = "A price a pack size was given; oldPrice is null for its first")
public record PriceChangeView(String sku, MoneyView oldPrice, MoneyView newPrice, Instant changedAt) {

    static PriceChangeView of(PriceChange change) {
        return new PriceChangeView(change.sku(), MoneyView.of(change.oldPrice()), MoneyView.of(change.newPrice()),
                change.changedAt());
    }
}
