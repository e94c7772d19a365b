package dev.dryfruits.notification.delivery.control;

import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.notification.delivery.entity.Notification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The state changes of delivery, each in its own short transaction: nothing is sent while a transaction is open.
 * Claiming takes due messages with a lease (FOR UPDATE SKIP LOCKED), so concurrent dispatchers on any number of
 * replicas take different messages; a dispatcher that dies leaves its lease to run out, and the message is sent
 * again with the same Message-ID (see docs/events.md on at-least-once delivery).
 */
@ApplicationScoped
public class DeliveryLedger {

    @PersistenceContext(unitName = "notification")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "dryfruits.notifications.max-attempts")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "dryfruits.notifications.first-retry-delay")
    Duration firstRetryDelay;

    @Inject
    @ConfigProperty(name = "dryfruits.notifications.claim-lease")
    Duration lease;

    /** Due messages, now claimed by the caller for the lease, their attempt counted. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public List<UUID> claimDue(int limit) {
        Timestamp until = Timestamp.from(Instant.now().plus(lease));
        List<Object> ids = em.createNativeQuery("update notification set claimed_until = ?1,"
                        + " attempts = attempts + 1 where id in (select id from notification"
                        + " where status = 'PENDING' and next_attempt_at <= now()"
                        + " and (claimed_until is null or claimed_until < now())"
                        + " order by next_attempt_at, created_at limit ?2 for update skip locked) returning id")
                .setParameter(1, until).setParameter(2, limit).getResultList();
        return ids.stream().map(id -> id instanceof UUID uuid ? uuid : UUID.fromString(id.toString())).toList();
    }

    /** Hands claimed messages back unsent (their attempt uncounted), for any dispatcher to take now. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(List<UUID> ids) {
        for (UUID id : ids) {
            em.createNativeQuery("update notification set claimed_until = null, attempts = attempts - 1"
                    + " where id = ?1 and status = 'PENDING'").setParameter(1, id).executeUpdate();
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Notification load(UUID id) {
        Notification notification = em.find(Notification.class, id);
        em.detach(notification);
        return notification;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void delivered(UUID id) {
        em.find(Notification.class, id).delivered(Instant.now());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Notification failed(UUID id, String error) {
        Notification notification = em.find(Notification.class, id);
        notification.attemptFailed(error, firstRetryDelay, maxAttempts, Instant.now());
        return notification;
    }

    /** An administrator's retry: another full round of attempts. 409 for a message already sent. */
    @Transactional
    public Notification retry(UUID id) {
        Notification notification = em.find(Notification.class, id);
        if (notification == null) {
            throw ProblemException.notFound("Notification " + id);
        }
        try {
            notification.retry(Instant.now());
        } catch (IllegalStateException alreadySent) {
            throw ProblemException.conflict("already-sent", "This notification was sent already");
        }
        return notification;
    }
}
