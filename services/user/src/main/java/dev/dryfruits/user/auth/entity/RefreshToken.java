package dev.dryfruits.user.auth.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One refresh token, known only by its hash. Tokens of one sign-in session share a family: each refresh uses one
 * token up and issues the next of the same family.
 */
@Entity
@Table(name = "refresh_token")
@NamedQuery(name = RefreshToken.BY_HASH, query = "select t from RefreshToken t where t.tokenHash = :hash")
@NamedQuery(name = RefreshToken.USE,
        query = "update RefreshToken t set t.usedAt = :now"
                + " where t.id = :id and t.usedAt is null and t.revokedAt is null and t.expiresAt > :now")
@NamedQuery(name = RefreshToken.REVOKE_FAMILY,
        query = "update RefreshToken t set t.revokedAt = :now where t.familyId = :familyId and t.revokedAt is null")
@NamedQuery(name = RefreshToken.REVOKE_USER,
        query = "update RefreshToken t set t.revokedAt = :now where t.userId = :userId and t.revokedAt is null")
public class RefreshToken {

    public static final String BY_HASH = "RefreshToken.byHash";
    public static final String USE = "RefreshToken.use";
    public static final String REVOKE_FAMILY = "RefreshToken.revokeFamily";
    public static final String REVOKE_USER = "RefreshToken.revokeUser";

    @Id
    private UUID id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private UUID userId;

    @Column(name = "family_id", nullable = false, updatable = false)
    private UUID familyId;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected RefreshToken() {
        // for JPA
    }

    public RefreshToken(UUID userId, UUID familyId, String tokenHash, Instant issuedAt, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.familyId = familyId;
        this.tokenHash = tokenHash;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    public UUID id() {
        return id;
    }

    public UUID userId() {
        return userId;
    }

    public UUID familyId() {
        return familyId;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
