package dev.dryfruits.kit.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The events each consumer has applied. Recording an event and applying it happen in one transaction: a redelivered
 * event finds its record and changes nothing; a failure rolls back both, so the event can be tried again.
 */
@ApplicationScoped
public class Inbox {

    @PersistenceContext
    EntityManager em;

    /** @return false when this consumer had already applied the event */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = Exception.class)
    public boolean applyOnce(String consumer, EventEnvelope event, EventHandler handler) throws Exception {
        int recorded = em.createNativeQuery("insert into messaging.processed_event (consumer, event_id)"
                        + " values (?1, ?2) on conflict do nothing")
                .setParameter(1, consumer).setParameter(2, event.id()).executeUpdate();
        if (recorded == 0) {
            return false;
        }
        handler.handle(event);
        return true;
    }
}
