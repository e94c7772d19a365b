package dev.dryfruits.product.catalog.boundary;

import dev.dryfruits.product.catalog.control.ProductDraft.Certification;
import dev.dryfruits.product.catalog.entity.ListingDetails;
import dev.dryfruits.product.catalog.entity.Nutrition;
import dev.dryfruits.product.catalog.entity.Product;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Product", description = "A listing: what it is, who sells it, its pack sizes and where it stands")
public record ProductView(
        UUID id,
        UUID sellerId,
        @Schema(description = "The seller's registered business name") String sellerName,
        @Schema(enumeration = {"DRAFT", "PENDING_REVIEW", "LIVE", "REJECTED", "PAUSED"}) String status,
        String name,
        String category,
        @Schema(description = "HSN heading of its category: what tax on its sales is charged by", example = "0802")
        String hsn,
        String variety,
        String grade,
        String originCountry,
        String originRegion,
        String description,
        boolean organic,
        Certification organicCertification,
        List<String> allergens,
        String ingredients,
        String storage,
        String packaging,
        Integer shelfLifeDays,
        Nutrition nutritionPer100g,
        List<String> images,
        String packerName,
        String packerAddress,
        String consumerCare,
        List<VariantView> variants,
        @Schema(description = "Whether any pack size can be bought now") boolean inStock,
        @Schema(description = "Why an administrator rejected it (its seller and administrators only)")
        String rejectionReason,
        Instant createdAt,
        Instant updatedAt,
        Instant submittedAt,
        Instant publishedAt) {

    static ProductView of(Product product, String sellerName, String hsn, Map<String, Integer> stock) {
        ListingDetails details = product.details();
        List<VariantView> variants = product.variants().stream().map(variant -> VariantView.of(variant, stock))
                .toList();
        return new ProductView(product.id(), product.sellerId(), sellerName, product.status().name(), details.name(),
                details.category(), hsn, details.variety(), details.grade(), details.originCountry(),
                details.originRegion(), details.description(), details.organic(),
                details.organicCertification() == null ? null : new Certification(
                        details.organicCertification().scheme(), details.organicCertification().certificateNumber()),
                details.allergens().stream().map(Enum::name).sorted().toList(), details.ingredients(),
                details.storage(), details.packaging(), details.shelfLifeDays(), details.nutrition(),
                details.images(), details.packerName(), details.packerAddress(), details.consumerCare(),
                variants, variants.stream().anyMatch(VariantView::inStock), product.rejectionReason(),
                product.createdAt(), product.updatedAt(), product.submittedAt(), product.publishedAt());
    }
}
