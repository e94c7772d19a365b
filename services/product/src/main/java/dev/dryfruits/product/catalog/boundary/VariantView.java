package dev.dryfruits.product.catalog.boundary;

import dev.dryfruits.kit.money.MoneyView;
import dev.dryfruits.product.catalog.entity.ProductVariant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Variant", description = "A pack size: its own SKU and price, and the price per kg to compare")
public record VariantView(String sku, int packGrams, MoneyView price, MoneyView mrp, MoneyView pricePerKg,
                          @Schema(description = "Packs that can be bought now (the inventory service's figure)")
                          int available,
                          boolean inStock) {

    static VariantView of(ProductVariant variant, Map<String, Integer> stock) {
        int available = stock.getOrDefault(variant.sku(), 0);
        return new VariantView(variant.sku(), variant.packGrams(), MoneyView.of(variant.price()),
                MoneyView.of(variant.mrp()), MoneyView.of(variant.pricePerKg()), available, available > 0);
    }
}
