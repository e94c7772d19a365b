package dev.dryfruits.user.accounts.control;

import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.user.accounts.entity.EmailAddress;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What makes a password acceptable, following NIST SP 800-63B: long enough, not a known common password, not built
 * from the user's own email, and not one character repeated. No composition rules (they make passwords worse).
 */
@ApplicationScoped
public class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    private static final int MIN_DISTINCT_CHARACTERS = 5;
    private static final String COMMON_PASSWORDS = "/common-passwords.txt";

    private final Set<String> commonPasswords = load();

    /** Why the password is too weak, if it is. */
    public Optional<String> weakness(String password, EmailAddress email) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("must be at least " + MIN_LENGTH + " characters long");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters long");
        }
        if (password.codePoints().distinct().count() < MIN_DISTINCT_CHARACTERS) {
            return Optional.of("must use at least " + MIN_DISTINCT_CHARACTERS + " different characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (commonPasswords.contains(lower)) {
            return Optional.of("is one of the most common passwords; choose another");
        }
        String localPart = email.localPart();
        if (localPart.length() >= 4 && lower.contains(localPart)) {
            return Optional.of("must not contain your email address");
        }
        return Optional.empty();
    }

    public void requireStrong(String password, EmailAddress email, String field) {
        weakness(password, email).ifPresent(reason -> {
            throw ProblemException.invalidField(field, reason);
        });
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the application");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
