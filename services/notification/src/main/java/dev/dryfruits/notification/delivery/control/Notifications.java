package dev.dryfruits.notification.delivery.control;

import dev.dryfruits.kit.persistence.Page;
import dev.dryfruits.kit.persistence.PageRequest;
import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.notification.delivery.entity.Channel;
import dev.dryfruits.notification.delivery.entity.DeliveryStatus;
import dev.dryfruits.notification.delivery.entity.Notification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The delivery log. */
@ApplicationScoped
public class Notifications {

    @PersistenceContext(unitName = "notification")
    EntityManager em;

    public void add(Notification notification) {
        em.persist(notification);
    }

    public Notification get(UUID id) {
        return Optional.ofNullable(em.find(Notification.class, id))
                .orElseThrow(() -> ProblemException.notFound("Notification " + id));
    }

    /** Newest first. Every filter is optional. */
    public Page<Notification> search(Filter filter, PageRequest page) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (filter.userId() != null) {
            where.append(" and n.userId = :userId");
            parameters.put("userId", filter.userId());
        }
        if (filter.status() != null) {
            where.append(" and n.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.channel() != null) {
            where.append(" and n.channel = :channel");
            parameters.put("channel", filter.channel());
        }
        if (filter.type() != null) {
            where.append(" and n.type = :type");
            parameters.put("type", filter.type());
        }
        TypedQuery<Notification> items = em.createQuery(
                "select n from Notification n" + where + " order by n.createdAt desc, n.id", Notification.class);
        TypedQuery<Long> total = em.createQuery("select count(n) from Notification n" + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            total.setParameter(name, value);
        });
        return Page.of(items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), page,
                total.getSingleResult());
    }

    /** What to list: any combination of a user, a status, a channel and a type. */
    public record Filter(UUID userId, DeliveryStatus status, Channel channel, String type) {
    }
}
