package dev.dryfruits.notification.deadletters.control;

import dev.dryfruits.kit.events.DeadLetterMessage;
import dev.dryfruits.kit.events.Outbox;
import dev.dryfruits.kit.persistence.Page;
import dev.dryfruits.kit.persistence.PageRequest;
import dev.dryfruits.kit.persistence.PagedSearch;
import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.notification.deadletters.entity.DeadLetter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/** Every service's dead letters, as they arrive on the dead-letter topic, and their replay. */
@ApplicationScoped
public class DeadLetterArchive {

    @PersistenceContext(unitName = "notification")
    EntityManager em;

    @Inject
    Outbox outbox;

    /** Keeps a dead letter; one that arrives twice is kept once (its id is the dead letter's own). */
    @Transactional
    public void keep(DeadLetterMessage deadLetter) {
        em.createNativeQuery("insert into dead_letter (id, service, consumer, topic, partition, record_offset,"
                        + " record_key, reason, attempts, failed_at, payload, status, received_at, version)"
                        + " values (?1, ?2, ?3, ?4, ?10, ?11, ?5, ?6, ?7, ?8, ?9, 'NEW', now(), 1)"
                        + " on conflict (id) do nothing")
                .setParameter(1, deadLetter.id())
                .setParameter(2, deadLetter.service())
                .setParameter(3, deadLetter.consumer())
                .setParameter(4, deadLetter.topic())
                .setParameter(5, deadLetter.key().filter(key -> !key.isEmpty()).orElse(null))
                .setParameter(6, deadLetter.reason())
                .setParameter(7, deadLetter.attempts())
                .setParameter(8, Timestamp.from(deadLetter.failedAt()))
                .setParameter(9, deadLetter.payload())
                .setParameter(10, deadLetter.partition())
                .setParameter(11, deadLetter.offset())
                .executeUpdate();
    }

    public Page<DeadLetter> list(DeadLetter.Status status, PageRequest page) {
        return PagedSearch.of(em, DeadLetter.class, "d").whereEqual("status", status)
                .page("d.failedAt desc, d.id", page);
    }

    public DeadLetter get(UUID id) {
        DeadLetter deadLetter = em.find(DeadLetter.class, id);
        if (deadLetter == null) {
            throw ProblemException.notFound("Dead letter " + id);
        }
        return deadLetter;
    }

    /**
     * Puts the original message back on its topic through the outbox, so the replay happens exactly when this
     * transaction commits. Every consumer of the topic sees it again; those that applied it before skip it.
     */
    @Transactional
    public DeadLetter replay(UUID id) {
        DeadLetter deadLetter = get(id);
        outbox.republish(deadLetter.topic(), deadLetter.recordKey(), deadLetter.payload());
        deadLetter.replayed(Instant.now());
        return deadLetter;
    }
}
