package dev.dryfruits.notification.recipients.control;

import dev.dryfruits.notification.recipients.entity.Recipient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The people the platform may write to, kept up to date from the user service's events. */
@ApplicationScoped
public class Directory {

    @PersistenceContext(unitName = "notification")
    EntityManager em;

    public Optional<Recipient> find(UUID userId) {
        return Optional.ofNullable(em.find(Recipient.class, userId));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Recipient describe(UUID userId, String email, String fullName, String phone, String role) {
        Instant now = Instant.now();
        Recipient recipient = em.find(Recipient.class, userId);
        if (recipient == null) {
            recipient = new Recipient(userId, email, fullName, phone, role, now);
            em.persist(recipient);
        } else {
            recipient.describe(email, fullName, phone, role, now);
        }
        return recipient;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void setActive(UUID userId, boolean active) {
        find(userId).ifPresent(recipient -> recipient.setActive(active, Instant.now()));
    }
}
