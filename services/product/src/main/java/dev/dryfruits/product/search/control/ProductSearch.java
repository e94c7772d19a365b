package dev.dryfruits.product.search.control;

import dev.dryfruits.kit.persistence.Page;
import dev.dryfruits.kit.persistence.PageRequest;
import dev.dryfruits.product.catalog.entity.Product;
import dev.dryfruits.product.search.entity.FacetCount;
import dev.dryfruits.product.search.entity.SearchCriteria;
import dev.dryfruits.product.search.entity.SearchResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Search over what customers may see (LIVE listings of VERIFIED sellers) with PostgreSQL: full-text search with
 * English stemming ("almond" finds "Almonds"), and trigram word similarity for small typos ("almnd"). Facet counts
 * are taken over every match with all filters applied, so they always add up to the total.
 */
@ApplicationScoped
public class ProductSearch {

    static final String[] FACETS = {"category", "origin", "grade", "organic", "inStock"};

    /** A product is in stock when one of its packs can be bought now. */
    private static final String IN_STOCK = "exists (select 1 from product_variant sv join sku_stock st"
            + " on st.sku = sv.sku where sv.product_id = p.id and st.available > 0)";

    @PersistenceContext(unitName = "product")
    EntityManager em;

    /** How similar (0 to 1) a query must be to a word run in a product's name, variety, origin or category. */
    @Inject
    @ConfigProperty(name = "dryfruits.search.typo-tolerance")
    double typoTolerance;

    /**
     * One transaction, so that the typo tolerance set for it holds for the page and the facets (and then
     * lapses: pooled connections keep no setting).
     */
    @Transactional
    public SearchResult search(SearchCriteria criteria, PageRequest page) {
        if (criteria.hasText()) {
            em.createNativeQuery("select set_config('pg_trgm.word_similarity_threshold', ?1, true)")
                    .setParameter(1, Double.toString(typoTolerance)).getSingleResult();
        }
        SqlText matching = matching(criteria);

        SqlText ids = new SqlText("select p.id from product p ").append(matching)
                .text(" order by ").append(order(criteria)).text(", p.id")
                .text(" limit ").param(page.size()).text(" offset ").param(page.offset());
        List<UUID> found = ids.query(em).getResultList().stream().map(row -> (UUID) row).toList();

        Map<String, List<FacetCount>> facets = facets(matching);
        // Every product has exactly one category, so the category counts add up to the total: no count(*) query.
        long total = facets.get("category").stream().mapToLong(FacetCount::count).sum();
        return new SearchResult(Page.of(load(found), page, total), facets);
    }

    /** Joins and conditions shared by the page and the facets. */
    private SqlText matching(SearchCriteria criteria) {
        SqlText sql = new SqlText("join seller s on s.id = p.seller_id and s.status = 'VERIFIED'"
                + " where p.status = 'LIVE'");
        if (criteria.hasText()) {
            String text = criteria.text().strip();
            // "q <% text" is word_similarity(q, text) >= the threshold set above, in a form the trigram index serves.
            sql.text(" and (p.search_vector @@ websearch_to_tsquery('english', ").param(text)
                    .text(") or ").param(text).text(" <% p.search_text)");
        }
        if (criteria.category() != null) {
            sql.text(" and p.category = ").param(criteria.category());
        }
        if (criteria.originCountry() != null) {
            sql.text(" and p.origin_country = ").param(criteria.originCountry());
        }
        if (criteria.grade() != null) {
            sql.text(" and lower(p.grade) = lower(").param(criteria.grade()).text(")");
        }
        if (criteria.organic() != null) {
            sql.text(" and p.organic = ").param(criteria.organic());
        }
        if (criteria.inStock() != null) {
            sql.text(criteria.inStock() ? " and " : " and not ").text(IN_STOCK);
        }
        if (criteria.minPriceMinor() != null || criteria.maxPriceMinor() != null) {
            sql.text(" and exists (select 1 from product_variant pv where pv.product_id = p.id");
            if (criteria.minPriceMinor() != null) {
                sql.text(" and pv.price_minor >= ").param(criteria.minPriceMinor());
            }
            if (criteria.maxPriceMinor() != null) {
                sql.text(" and pv.price_minor <= ").param(criteria.maxPriceMinor());
            }
            sql.text(")");
        }
        return sql;
    }

    private SqlText order(SearchCriteria criteria) {
        String cheapest = "(select min(v.price_minor) from product_variant v where v.product_id = p.id)";
        String bestPerKg = "(select min(v.price_minor * 1000.0 / v.pack_grams) from product_variant v"
                + " where v.product_id = p.id)";
        return switch (criteria.effectiveSort()) {
            case RELEVANCE -> {
                String text = criteria.text().strip();
                yield new SqlText("ts_rank(p.search_vector, websearch_to_tsquery('english', ").param(text)
                        .text(")) + word_similarity(").param(text).text(", p.search_text) desc, p.published_at desc");
            }
            case NEWEST -> new SqlText("p.published_at desc");
            case PRICE_ASC -> new SqlText(cheapest + " asc");
            case PRICE_DESC -> new SqlText(cheapest + " desc");
            case PRICE_PER_KG_ASC -> new SqlText(bestPerKg + " asc");
            case PRICE_PER_KG_DESC -> new SqlText(bestPerKg + " desc");
        };
    }

    private Map<String, List<FacetCount>> facets(SqlText matching) {
        SqlText sql = new SqlText("with matched as (select p.category, p.origin_country, p.grade, p.organic, "
                + IN_STOCK + " as in_stock from product p ").append(matching).text(")"
                + " select 'category', category, count(*) from matched group by category"
                + " union all select 'origin', origin_country, count(*) from matched"
                + " where origin_country is not null group by origin_country"
                + " union all select 'grade', grade, count(*) from matched where grade is not null group by grade"
                + " union all select 'organic', cast(organic as varchar), count(*) from matched group by organic"
                + " union all select 'inStock', cast(in_stock as varchar), count(*) from matched group by in_stock");
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (String facet : FACETS) {
            facets.put(facet, new ArrayList<>());
        }
        for (Object row : sql.query(em).getResultList()) {
            Object[] columns = (Object[]) row;
            facets.get((String) columns[0]).add(new FacetCount(String.valueOf(columns[1]),
                    ((Number) columns[2]).longValue()));
        }
        facets.values().forEach(counts -> counts.sort(Comparator.comparingLong(FacetCount::count).reversed()
                .thenComparing(FacetCount::value)));
        return facets;
    }

    /** The products in the order found, their packs, images and allergens fetched in a few queries. */
    private List<Product> load(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Product> byId = em.createQuery("select p from Product p where p.id in :ids", Product.class)
                .setParameter("ids", ids)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "p.variants")
                .setHint("eclipselink.batch", "p.images")
                .setHint("eclipselink.batch", "p.allergens")
                .getResultList().stream().collect(Collectors.toMap(Product::id, Function.identity()));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** SQL text with its positional parameters, numbered as they are appended. */
    static final class SqlText {

        private final StringBuilder sql = new StringBuilder();
        private final List<Object> parameters = new ArrayList<>();

        SqlText(String text) {
            sql.append(text);
        }

        SqlText text(String text) {
            sql.append(text);
            return this;
        }

        SqlText param(Object value) {
            parameters.add(value);
            sql.append('?').append(parameters.size());
            return this;
        }

        /** Appends another fragment, renumbering its parameters after this one's. */
        SqlText append(SqlText other) {
            String text = other.sql.toString();
            int offset = parameters.size();
            java.util.regex.Matcher placeholder = java.util.regex.Pattern.compile("\\?(\\d+)").matcher(text);
            StringBuilder renumbered = new StringBuilder();
            while (placeholder.find()) {
                placeholder.appendReplacement(renumbered, "?" + (Integer.parseInt(placeholder.group(1)) + offset));
            }
            placeholder.appendTail(renumbered);
            sql.append(renumbered);
            parameters.addAll(other.parameters);
            return this;
        }

        Query query(EntityManager em) {
            Query query = em.createNativeQuery(sql.toString());
            for (int i = 0; i < parameters.size(); i++) {
                query.setParameter(i + 1, parameters.get(i));
            }
            return query;
        }

        @Override
        public String toString() {
            return sql + " " + parameters;
        }
    }
}
