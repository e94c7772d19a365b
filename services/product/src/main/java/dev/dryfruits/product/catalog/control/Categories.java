package dev.dryfruits.product.catalog.control;

import dev.dryfruits.product.catalog.entity.Category;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The categories, in display order. */
@ApplicationScoped
public class Categories {

    @PersistenceContext(unitName = "product")
    EntityManager em;

    public List<Category> all() {
        return em.createQuery("select c from Category c order by c.position", Category.class).getResultList();
    }

    /** The HSN heading of a category's goods. */
    public String hsnOf(String slug) {
        Category category = em.find(Category.class, slug);
        if (category == null) {
            throw new IllegalStateException("Unknown category " + slug);
        }
        return category.hsn();
    }

    public Map<String, String> hsnBySlug() {
        return all().stream().collect(Collectors.toMap(Category::slug, Category::hsn));
    }

    public Set<String> slugs() {
        return all().stream().map(Category::slug).collect(Collectors.toSet());
    }
}
