package dev.dryfruits.user.auth.control;

import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.user.accounts.entity.EmailAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down and then locks password guessing, per email address, whether or not an account has it (so the answer
 * never tells which emails are registered). After {@code free-attempts} consecutive failures each further attempt
 * must wait twice as long as the last (1 s, 2 s, 4 s... at most {@code max-delay}); at {@code lock-after} failures
 * the email is locked for {@code lock-duration}. A successful sign-in clears the record.
 * State lives in the database, so it holds across replicas.
 */
@ApplicationScoped
public class LoginThrottle {

    @PersistenceContext(unitName = "user")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "dryfruits.login.free-attempts", defaultValue = "3")
    int freeAttempts;

    @Inject
    @ConfigProperty(name = "dryfruits.login.lock-after", defaultValue = "10")
    int lockAfter;

    @Inject
    @ConfigProperty(name = "dryfruits.login.lock-duration", defaultValue = "PT15M")
    Duration lockDuration;

    @Inject
    @ConfigProperty(name = "dryfruits.login.max-delay", defaultValue = "PT1M")
    Duration maxDelay;

    Clock clock = Clock.systemUTC();

    /** Refuses with 429 and Retry-After while the email must wait. */
    public void requireAllowed(EmailAddress email) {
        List<?> rows = em.createNativeQuery(
                        "select failures, last_failure_at, locked_until from login_throttle where email_hash = ?1")
                .setParameter(1, key(email)).getResultList();
        if (rows.isEmpty()) {
            return;
        }
        Object[] row = (Object[]) rows.get(0);
        Duration wait = waitBeforeNextAttempt(((Number) row[0]).intValue(), instant(row[1]), instant(row[2]),
                clock.instant());
        if (!wait.isZero()) {
            throw ProblemException.tooManyRequests(
                    "Too many failed sign-in attempts for this email; try again later",
                    Math.max(1, (wait.toMillis() + 999) / 1000));
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(EmailAddress email) {
        Timestamp now = Timestamp.from(clock.instant());
        Number failures = (Number) em.createNativeQuery(
                        "insert into login_throttle (email_hash, failures, last_failure_at) values (?1, 1, ?2)"
                                + " on conflict (email_hash) do update set failures = login_throttle.failures + 1,"
                                + " last_failure_at = excluded.last_failure_at returning failures")
                .setParameter(1, key(email)).setParameter(2, now).getSingleResult();
        if (failures.intValue() >= lockAfter) {
            em.createNativeQuery("update login_throttle set failures = 0, locked_until = ?2 where email_hash = ?1")
                    .setParameter(1, key(email))
                    .setParameter(2, Timestamp.from(now.toInstant().plus(lockDuration)))
                    .executeUpdate();
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordSuccess(EmailAddress email) {
        em.createNativeQuery("delete from login_throttle where email_hash = ?1").setParameter(1, key(email))
                .executeUpdate();
    }

    /** How long the next attempt must wait, given the recorded failures; zero when it may go ahead now. */
    Duration waitBeforeNextAttempt(int failures, Instant lastFailureAt, Instant lockedUntil, Instant now) {
        if (lockedUntil != null && lockedUntil.isAfter(now)) {
            return Duration.between(now, lockedUntil);
        }
        if (failures < freeAttempts || lastFailureAt == null) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeAttempts, 30);
        Duration delay = Duration.ofSeconds(1L << doublings);
        if (delay.compareTo(maxDelay) > 0) {
            delay = maxDelay;
        }
        Instant allowedAt = lastFailureAt.plus(delay);
        return allowedAt.isAfter(now) ? Duration.between(now, allowedAt) : Duration.ZERO;
    }

    private static String key(EmailAddress email) {
        return TokenHashes.sha256Hex(email.value());
    }

    private static Instant instant(Object databaseValue) {
        if (databaseValue == null) {
            return null;
        }
        if (databaseValue instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (databaseValue instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + databaseValue.getClass());
    }
}
