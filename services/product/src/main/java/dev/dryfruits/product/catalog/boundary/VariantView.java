package dev.dryfruits.product.catalog.boundary;

import dev.dryfruits.product.catalog.entity.ProductVariant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Variant", description = "A pack size: its own SKU and price, and the price per kg to compare")
public record VariantView(String sku, int packGrams, MoneyView price, MoneyView mrp, MoneyView pricePerKg) {

    static VariantView of(ProductVariant variant) {
        return new VariantView(variant.sku(), variant.packGrams(), MoneyView.of(variant.price()),
                MoneyView.of(variant.mrp()), MoneyView.of(variant.pricePerKg()));
    }
}
