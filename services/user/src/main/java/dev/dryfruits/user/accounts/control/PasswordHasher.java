package dev.dryfruits.user.accounts.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * PBKDF2-HMAC-SHA256, the same algorithm as Jakarta Security's Pbkdf2PasswordHash, with a 16-byte random salt.
 * Stored as {@code pbkdf2-sha256$iterations$salt$hash} (Base64), so the work factor can be raised later:
 * {@link #needsRehash} tells when a stored hash is weaker than today's setting.
 */
@ApplicationScoped
public class PasswordHasher {

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final String SCHEME = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "dryfruits.password.pbkdf2-iterations", defaultValue = "310000")
    int iterations;

    /** Requests that may wait for a core beyond those hashing; more are answered 503 at once. */
    @Inject
    @ConfigProperty(name = "dryfruits.password.hashing.max-waiting", defaultValue = "8")
    int maxWaiting;

    @Inject
    @ConfigProperty(name = "dryfruits.password.hashing.max-wait", defaultValue = "PT2S")
    Duration maxWait;

    private HashingCapacity capacity;

    /** A place among the requests that hash right now, or 503 at once (see {@link HashingCapacity}). */
    HashingCapacity.Ticket admit() {
        return capacity.admit();
    }

    /** A hash nobody's password matches, checked when the email is unknown so that both cases take as long. */
    private String decoy;

    @PostConstruct
    void checkSettings() {
        if (iterations < 100_000) {
            throw new IllegalStateException("dryfruits.password.pbkdf2-iterations must be at least 100000");
        }
        capacity = new HashingCapacity(Runtime.getRuntime().availableProcessors(), maxWaiting, maxWait);
        decoy = hash("decoy-password-that-nobody-uses".toCharArray());
    }

    /**
     * Made ready while the service starts: the decoy is hashed and the JIT has compiled the hashing loop before the
     * first caller signs in. Otherwise a fresh replica's first registrations take seconds each (measured: 10 s on a
     * busy two-core machine, past the gateway's timeout).
     */
    void warmUp(@Observes @Initialized(ApplicationScoped.class) Object started) {
        matchesNothing("warm-up".toCharArray());
    }

    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + base64.encodeToString(salt) + "$"
                + base64.encodeToString(capacity.run(() -> derive(password, salt, iterations)));
    }

    public boolean matches(char[] password, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !SCHEME.equals(parts[0])) {
            return false;
        }
        Base64.Decoder base64 = Base64.getDecoder();
        byte[] expected = base64.decode(parts[3]);
        byte[] actual = capacity.run(() -> derive(password, base64.decode(parts[2]), Integer.parseInt(parts[1])));
        return MessageDigest.isEqual(expected, actual);
    }

    /** Spends the same effort as {@link #matches} and always fails. */
    public boolean matchesNothing(char[] password) {
        matches(password, decoy);
        return false;
    }

    public boolean needsRehash(String stored) {
        String[] parts = stored.split("\\$");
        return parts.length != 4 || !SCHEME.equals(parts[0]) || Integer.parseInt(parts[1]) < iterations;
    }

    private static byte[] derive(char[] password, byte[] salt, int rounds) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, rounds, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException(ALGORITHM + " is not available in this JVM", unavailable);
        } finally {
            spec.clearPassword();
        }
    }
}
