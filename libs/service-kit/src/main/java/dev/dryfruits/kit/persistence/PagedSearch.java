package dev.dryfruits.kit.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JPQL search over one entity with optional conditions (each added only when its value is given), answered one
 * page at a time with the total count: the shape of every "list, filter, page" endpoint.
 */
public final class PagedSearch<T> {

    private final EntityManager em;
    private final Class<T> entity;
    private final String alias;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private PagedSearch(EntityManager em, Class<T> entity, String alias) {
        this.em = em;
        this.entity = entity;
        this.alias = alias;
    }

    /** A search over {@code entity} (its JPA name is its simple class name), referred to as {@code alias}. */
    public static <T> PagedSearch<T> of(EntityManager em, Class<T> entity, String alias) {
        return new PagedSearch<>(em, entity, alias);
    }

    /** {@code alias.attribute = :attribute}, when the value is not null. */
    public PagedSearch<T> whereEqual(String attribute, Object value) {
        return where(alias + "." + attribute + " = :" + attribute, attribute, value);
    }

    /** Any JPQL condition using {@code :parameter}, when the value is not null. */
    public PagedSearch<T> where(String condition, String parameter, Object value) {
        if (value != null) {
            conditions.add("(" + condition + ")");
            parameters.put(parameter, value);
        }
        return this;
    }

    public Page<T> page(String orderBy, PageRequest request) {
        String from = " from " + entity.getSimpleName() + " " + alias
                + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions));
        TypedQuery<T> items = em.createQuery("select " + alias + from + " order by " + orderBy, entity);
        TypedQuery<Long> total = em.createQuery("select count(" + alias + ")" + from, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            total.setParameter(name, value);
        });
        List<T> found = items.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        return Page.of(found, request, total.getSingleResult());
    }
}
