package dev.dryfruits.user.accounts.control;

import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.password.PasswordRules;
import dev.dryfruits.user.accounts.entity.EmailAddress;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The platform's password rules ({@link PasswordRules}, NIST SP 800-63B), applied to the user service's accounts. */
@ApplicationScoped
public class PasswordPolicy {

    public static final int MIN_LENGTH = PasswordRules.MIN_LENGTH;
    public static final int MAX_LENGTH = PasswordRules.MAX_LENGTH;

    /** Why the password is too weak, if it is. */
    public Optional<String> weakness(String password, EmailAddress email) {
        return PasswordRules.weakness(password, email.value());
    }

    public void requireStrong(String password, EmailAddress email, String field) {
        weakness(password, email).ifPresent(reason -> {
            throw ProblemException.invalidField(field, reason);
        });
    }
}
