package dev.dryfruits.product.catalog.entity;

import java.util.List;
import java.util.Set;

/** Everything a seller says about a product except its pack sizes and prices; already checked for form. */
public record ListingDetails(
        String name,
        String category,
        String variety,
        String grade,
        String originCountry,
        String originRegion,
        String description,
        boolean organic,
        OrganicCertification organicCertification,
        Set<Allergen> allergens,
        String ingredients,
        String storage,
        String packaging,
        Integer shelfLifeDays,
        Nutrition nutrition,
        List<String> images,
        String packerName,
        String packerAddress,
        String consumerCare) {

    public ListingDetails {
        allergens = Set.copyOf(allergens);
        images = List.copyOf(images);
    }
}
