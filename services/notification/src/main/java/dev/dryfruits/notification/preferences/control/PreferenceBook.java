package dev.dryfruits.notification.preferences.control;

import dev.dryfruits.notification.preferences.entity.Preferences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/** Each user's channel choices. */
@ApplicationScoped
public class PreferenceBook {

    @PersistenceContext(unitName = "notification")
    EntityManager em;

    public Preferences of(UUID userId) {
        Preferences stored = em.find(Preferences.class, userId);
        return stored != null ? stored : Preferences.defaultsFor(userId);
    }

    @Transactional
    public Preferences change(UUID userId, boolean email, boolean sms) {
        Preferences stored = em.find(Preferences.class, userId);
        if (stored == null) {
            stored = new Preferences(userId, email, sms, Instant.now());
            em.persist(stored);
        } else {
            stored.change(email, sms, Instant.now());
        }
        return stored;
    }
}
