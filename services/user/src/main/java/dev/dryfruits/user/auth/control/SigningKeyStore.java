package dev.dryfruits.user.auth.control;

import dev.dryfruits.user.auth.entity.SigningKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/** Where the generated development key is kept, so every replica and every restart signs with the same key. */
@ApplicationScoped
public class SigningKeyStore {

    @PersistenceContext(unitName = "user")
    EntityManager em;

    public Optional<SigningKey> active() {
        return em.createNamedQuery(SigningKey.ACTIVE, SigningKey.class).getResultStream().findFirst();
    }

    /** Stores the key unless another replica stored one first; either way, the stored one wins. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void storeIfNoneActive(String kid, String privateKeyBase64) {
        em.createNativeQuery("insert into signing_key (kid, private_key, created_at, active)"
                        + " values (?1, ?2, ?3, true) on conflict do nothing")
                .setParameter(1, kid)
                .setParameter(2, privateKeyBase64)
                .setParameter(3, java.sql.Timestamp.from(Instant.now()))
                .executeUpdate();
    }
}
