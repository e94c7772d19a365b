package dev.dryfruits.user.accounts.control;

import dev.dryfruits.kit.events.Outbox;
import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.user.accounts.entity.EmailAddress;
import dev.dryfruits.user.accounts.entity.Role;
import dev.dryfruits.user.accounts.entity.UserAccount;
import dev.dryfruits.user.accounts.entity.UserEvents;
import dev.dryfruits.user.accounts.entity.UserEvents.UserRegistered;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Opening an account. */
@ApplicationScoped
public class Registration {

    @Inject
    UserAccounts accounts;

    @Inject
    PasswordPolicy passwordPolicy;

    @Inject
    PasswordHasher hasher;

    @Inject
    Outbox outbox;

    /** Customers and sellers register themselves; administrators exist only through {@link #createAccount}. */
    @Transactional
    public UserAccount register(NewAccount request) {
        if (request.role() == Role.ADMIN) {
            throw ProblemException.invalidField("role", "must be CUSTOMER or SELLER");
        }
        return createAccount(request);
    }

    /** Any role, including ADMIN: for the platform's own bootstrap, never reachable from the API. */
    @Transactional
    public UserAccount createAccount(NewAccount request) {
        passwordPolicy.requireStrong(request.password(), request.email(), "password");
        if (accounts.emailTaken(request.email())) {
            throw emailTaken();
        }
        UserAccount account = new UserAccount(request.email(), hasher.hash(request.password().toCharArray()),
                request.fullName(), request.role(), request.phone(), Instant.now());
        try {
            accounts.add(account);
        } catch (PersistenceException raced) {
            // Someone registered the same email between our check and our insert.
            throw emailTaken();
        }
        outbox.publish(UserEvents.TOPIC, account.id().toString(), "UserRegistered", UserRegistered.of(account));
        return account;
    }

    private static ProblemException emailTaken() {
        return ProblemException.conflict("email-taken", "An account with this email already exists");
    }

    /** What registering needs, already checked for form by the boundary. */
    public record NewAccount(EmailAddress email, String password, String fullName, Role role, String phone) {
    }
}
