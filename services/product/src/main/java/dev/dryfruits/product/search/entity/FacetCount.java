package dev.dryfruits.product.search.entity;

/** How many matching products have this value (e.g. category "almonds": 12). */
public record FacetCount(String value, long count) {
}
