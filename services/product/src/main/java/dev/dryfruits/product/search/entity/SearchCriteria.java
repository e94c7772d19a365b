package dev.dryfruits.product.search.entity;

/**
 * What a customer searches for; each part is optional. Prices are in minor units of the marketplace currency; a
 * product matches a price range when one of its packs is priced within it, and is in stock when one of its packs
 * can be bought now.
 */
public record SearchCriteria(String text, String category, String originCountry, String grade, Boolean organic,
                             Long minPriceMinor, Long maxPriceMinor, Boolean inStock, SortOrder sort) {

    public boolean hasText() {
        return text != null && !text.isBlank();
    }

    /** RELEVANCE without a query means NEWEST. */
    public SortOrder effectiveSort() {
        if (sort == null || (sort == SortOrder.RELEVANCE && !hasText())) {
            return hasText() ? SortOrder.RELEVANCE : SortOrder.NEWEST;
        }
        return sort;
    }
}
