package dev.dryfruits.product.catalog.boundary;

import dev.dryfruits.kit.money.MoneyView;
import dev.dryfruits.product.catalog.entity.PackagingStandard;
import dev.dryfruits.product.catalog.entity.ProductVariant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Variant", description = "A pack size: its own SKU and price, and the price per kg to compare")
public record VariantView(String sku, int packGrams, MoneyView price, MoneyView mrp, MoneyView pricePerKg,
                          @Schema(description = "Packs that can be bought now (the inventory service's figure)")
                          int available,
                          boolean inStock,
                          @Schema(description = "Its weight as shipped, packaging included (the marketplace's"
                                  + " standard packaging for its net weight)") int shippingGrams,
                          @Schema(description = "Its box, outer length x width x height in cm") BoxView box) {

    @Schema(name = "Box")
    public record BoxView(int lengthCm, int widthCm, int heightCm) {
    }

    static VariantView of(ProductVariant variant, Map<String, Integer> stock) {
        int available = stock.getOrDefault(variant.sku(), 0);
        PackagingStandard.ShippingPack pack = variant.shippingPack();
        return new VariantView(variant.sku(), variant.packGrams(), MoneyView.of(variant.price()),
                MoneyView.of(variant.mrp()), MoneyView.of(variant.pricePerKg()), available, available > 0,
                pack.shippingGrams(), new BoxView(pack.lengthCm(), pack.widthCm(), pack.heightCm()));
    }
}
