package dev.dryfruits.user.auth.control;

import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.user.auth.entity.RefreshToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Opaque refresh tokens with rotation: each one works once. Presenting a token that was already used means it was
 * copied, so the whole session (the family) is revoked, and the thief's copy dies with the owner's.
 */
@ApplicationScoped
public class RefreshTokens {

    private static final Logger LOG = Logger.getLogger(RefreshTokens.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_BYTES = 32;

    @PersistenceContext(unitName = "user")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "dryfruits.jwt.refresh-token-ttl", defaultValue = "P14D")
    Duration ttl;

    /** Starts a new session for the user. */
    @Transactional
    public IssuedRefreshToken issue(UUID userId) {
        return issue(userId, UUID.randomUUID(), Instant.now());
    }

    /**
     * Uses a refresh token up. Unknown, expired, revoked or reused tokens are all simply invalid to the caller; a
     * reused one also revokes its session, and that revocation stays even though the caller gets an error.
     */
    @Transactional(dontRollbackOn = ProblemException.class)
    public UsedToken use(String rawToken) {
        Instant now = Instant.now();
        RefreshToken token = findByRaw(rawToken).orElseThrow(RefreshTokens::invalid);
        int used = em.createNamedQuery(RefreshToken.USE).setParameter("id", token.id()).setParameter("now", now)
                .executeUpdate();
        if (used == 0) {
            if (token.expiresAt().isAfter(now)) {
                LOG.warning(() -> "Refresh token reused; revoking session " + token.familyId() + " of user "
                        + token.userId());
                revokeFamily(token.familyId(), now);
            }
            throw invalid();
        }
        return new UsedToken(token.userId(), token.familyId());
    }

    /** The next refresh token of the session whose token was just used. */
    @Transactional
    public IssuedRefreshToken continueSession(UsedToken used) {
        return issue(used.userId(), used.familyId(), Instant.now());
    }

    /** Ends the session the token belongs to. Unknown tokens are ignored: sign-out always succeeds. */
    @Transactional
    public void revokeSessionOf(String rawToken) {
        findByRaw(rawToken).ifPresent(token -> revokeFamily(token.familyId(), Instant.now()));
    }

    @Transactional
    public void revokeAllOf(UUID userId) {
        em.createNamedQuery(RefreshToken.REVOKE_USER).setParameter("userId", userId)
                .setParameter("now", Instant.now()).executeUpdate();
    }

    public Duration ttl() {
        return ttl;
    }

    private IssuedRefreshToken issue(UUID userId, UUID familyId, Instant now) {
        byte[] secret = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(secret);
        String raw = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expiresAt = now.plus(ttl);
        em.persist(new RefreshToken(userId, familyId, TokenHashes.sha256Hex(raw), now, expiresAt));
        return new IssuedRefreshToken(raw, expiresAt);
    }

    private Optional<RefreshToken> findByRaw(String rawToken) {
        if (rawToken == null || rawToken.isBlank() || rawToken.length() > 200) {
            return Optional.empty();
        }
        return em.createNamedQuery(RefreshToken.BY_HASH, RefreshToken.class)
                .setParameter("hash", TokenHashes.sha256Hex(rawToken))
                .getResultStream().findFirst();
    }

    private void revokeFamily(UUID familyId, Instant now) {
        em.createNamedQuery(RefreshToken.REVOKE_FAMILY).setParameter("familyId", familyId).setParameter("now", now)
                .executeUpdate();
    }

    public static ProblemException invalid() {
        return ProblemException.unauthorized("The refresh token is invalid, expired or already used");
    }

    public record IssuedRefreshToken(String value, Instant expiresAt) {
    }

    public record UsedToken(UUID userId, UUID familyId) {
    }
}
