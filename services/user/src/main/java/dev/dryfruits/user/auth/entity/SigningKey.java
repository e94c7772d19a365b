package dev.dryfruits.user.auth.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A generated development signing key (PKCS#8, Base64), used only when no key is configured. */
@Entity
@Table(name = "signing_key")
@NamedQuery(name = SigningKey.ACTIVE, query = "select k from SigningKey k where k.active = true")
public class SigningKey {

    public static final String ACTIVE = "SigningKey.active";

    @Id
    private String kid;

    @Column(name = "private_key", nullable = false, updatable = false)
    private String privateKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private boolean active;

    protected SigningKey() {
        // for JPA
    }

    public String kid() {
        return kid;
    }

    public String privateKey() {
        return privateKey;
    }
}
