package dev.dryfruits.product.catalog.boundary;

import dev.dryfruits.product.search.entity.FacetCount;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProductSearchResult", description = "A page of products, paged like every list, with facet counts")
public record SearchResultView(
        List<ProductView> items,
        int page,
        int size,
        long total,
        int totalPages,
        @Schema(description = "For each filter (category, origin, grade, organic): how many matching products have "
                + "each value, over all pages") Map<String, List<FacetCount>> facets) {
}
