package dev.dryfruits.user.accounts.control;

import dev.dryfruits.kit.events.Outbox;
import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.user.accounts.entity.UserAccount;
import dev.dryfruits.user.accounts.entity.UserEvents;
import dev.dryfruits.user.auth.control.RefreshTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A user looking after their own account. */
@ApplicationScoped
public class Profiles {

    @Inject
    UserAccounts accounts;

    @Inject
    PasswordPolicy passwordPolicy;

    @Inject
    PasswordHasher hasher;

    @Inject
    RefreshTokens refreshTokens;

    @Inject
    Outbox outbox;

    /** The caller's account, as long as it is still active: a disabled user's unexpired token opens nothing here. */
    public UserAccount own(UUID userId) {
        UserAccount account = accounts.find(userId)
                .orElseThrow(() -> ProblemException.unauthorized("This account no longer exists"));
        if (!account.isActive()) {
            throw ProblemException.forbidden("This account is disabled");
        }
        return account;
    }

    /**
     * Changes what was given: an absent field is left alone, a present one replaces the old value
     * (a null phone removes it).
     */
    @Transactional
    public UserAccount update(UUID userId, ProfileChanges changes) {
        UserAccount account = own(userId);
        Instant now = Instant.now();
        changes.fullName().ifPresent(name -> account.rename(name, now));
        changes.phone().ifPresent(phone -> account.changePhone(phone.orElse(null), now));
        outbox.publish(UserEvents.TOPIC, account.id().toString(), "UserUpdated", UserEvents.UserUpdated.of(account));
        return account;
    }

    /** Changes the password and signs every session out, so a stolen refresh token dies with the old password. */
    @Transactional
    public void changePassword(UUID userId, String currentPassword, String newPassword) {
        UserAccount account = own(userId);
        if (!hasher.matches(currentPassword.toCharArray(), account.passwordHash())) {
            throw ProblemException.invalidField("currentPassword", "is not your current password");
        }
        passwordPolicy.requireStrong(newPassword, account.email(), "newPassword");
        account.changePasswordHash(hasher.hash(newPassword.toCharArray()), Instant.now());
        refreshTokens.revokeAllOf(userId);
    }

    /** Re-hashes a password with today's work factor, after a sign-in proved it right. */
    @Transactional
    public void upgradePasswordHash(UUID userId, String password) {
        accounts.find(userId).ifPresent(account ->
                account.changePasswordHash(hasher.hash(password.toCharArray()), Instant.now()));
    }

    /** A partial update: each field is absent (leave it), or present with its new value. */
    public record ProfileChanges(Optional<String> fullName, Optional<Optional<String>> phone) {
    }
}
