package dev.dryfruits.notification.delivery.control;

import dev.dryfruits.kit.persistence.Page;
import dev.dryfruits.kit.persistence.PageRequest;
import dev.dryfruits.kit.persistence.PagedSearch;
import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.notification.delivery.entity.Channel;
import dev.dryfruits.notification.delivery.entity.DeliveryStatus;
import dev.dryfruits.notification.delivery.entity.Notification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
        return PagedSearch.of(em, Notification.class, "n")
                .whereEqual("userId", filter.userId())
                .whereEqual("status", filter.status())
                .whereEqual("channel", filter.channel())
                .whereEqual("type", filter.type())
                .page("n.createdAt desc, n.id", page);
    }

    /** What to list: any combination of a user, a status, a channel and a type. */
    public record Filter(UUID userId, DeliveryStatus status, Channel channel, String type) {
    }
}
