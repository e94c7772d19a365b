package dev.dryfruits.product.search.entity;

/**
 * How search results are ordered. RELEVANCE needs a query (without one it is NEWEST); prices compare each
 * product's cheapest pack, and price per kg its best-value pack.
 */
public enum SortOrder {
    RELEVANCE, NEWEST, PRICE_ASC, PRICE_DESC, PRICE_PER_KG_ASC, PRICE_PER_KG_DESC
}
