package dev.dryfruits.product.catalog.control;

import dev.dryfruits.kit.money.MoneyView;
import java.math.BigDecimal;
import java.util.List;

/**
 * A product as a seller sends it (the body of POST and PUT /api/products, and what a PATCH is merged into). Fields a
 * client must not set (id, seller, status, SKUs, timestamps) are not here, so they are never bound.
 * {@link ListingRules} checks it.
 */
public record ProductDraft(
        String name,
        String category,
        String variety,
        String grade,
        String originCountry,
        String originRegion,
        String description,
        Boolean organic,
        Certification organicCertification,
        List<String> allergens,
        String ingredients,
        String storage,
        String packaging,
        Integer shelfLifeDays,
        NutritionFacts nutritionPer100g,
        List<String> images,
        String packerName,
        String packerAddress,
        String consumerCare,
        List<PackSize> variants) {

    public record Certification(String scheme, String certificateNumber) {
    }

    public record NutritionFacts(BigDecimal energyKcal, BigDecimal proteinG, BigDecimal fatG,
                                 BigDecimal carbohydrateG, BigDecimal sugarsG, BigDecimal fibreG,
                                 BigDecimal sodiumMg) {
    }

    /** A pack size as the seller writes it; amounts as clients write them ({"amount": "349.00", "currency": "INR"}). */
    public record PackSize(Integer packGrams, MoneyView price, MoneyView mrp) {
    }
}
