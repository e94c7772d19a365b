package dev.dryfruits.product.search.entity;

import dev.dryfruits.kit.persistence.Page;
import dev.dryfruits.product.catalog.entity.Product;
import java.util.List;
import java.util.Map;

/** One page of matching products, and for each filter the counts over every match (not only this page). */
public record SearchResult(Page<Product> page, Map<String, List<FacetCount>> facets) {
}
