package dev.dryfruits.notification.sms.control;

import dev.dryfruits.kit.persistence.Page;
import dev.dryfruits.kit.persistence.PageRequest;
import dev.dryfruits.kit.persistence.PagedSearch;
import dev.dryfruits.notification.delivery.control.DeliveryFailure;
import dev.dryfruits.notification.sms.entity.SandboxBehaviour;
import dev.dryfruits.notification.sms.entity.SandboxSms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The sandbox SMS provider, for development and tests: it records what it would send instead of sending it, and
 * behaves like a provider would, answering after a latency and failing when it is told to (both settable at run
 * time by an administrator, for every replica at once).
 */
@ApplicationScoped
@Named("sandbox")
public class SandboxSmsGateway implements SmsGateway {

    @PersistenceContext(unitName = "notification")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void send(String phone, String text, UUID reference) throws DeliveryFailure {
        SandboxBehaviour behaviour = behaviour();
        pause(behaviour.latency());
        if (behaviour.failing()) {
            throw new DeliveryFailure("Sandbox SMS provider: told to fail", null);
        }
        em.persist(new SandboxSms(phone, text, reference, Instant.now()));
    }

    public SandboxBehaviour behaviour() {
        return em.find(SandboxBehaviour.class, SandboxBehaviour.ONLY);
    }

    @Transactional
    public SandboxBehaviour changeBehaviour(boolean failing, Duration latency) {
        SandboxBehaviour behaviour = behaviour();
        behaviour.change(failing, latency, Instant.now());
        return behaviour;
    }

    /** Newest first, optionally to one phone. */
    public Page<SandboxSms> sent(String phone, PageRequest page) {
        return PagedSearch.of(em, SandboxSms.class, "s").whereEqual("phone", phone)
                .page("s.acceptedAt desc, s.id", page);
    }

    private static void pause(Duration latency) {
        try {
            Thread.sleep(latency.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
