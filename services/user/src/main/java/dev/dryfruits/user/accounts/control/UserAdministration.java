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
import java.util.UUID;

/** What administrators do to other people's accounts. */
@ApplicationScoped
public class UserAdministration {

    @Inject
    UserAccounts accounts;

    @Inject
    RefreshTokens refreshTokens;

    @Inject
    Outbox outbox;

    /**
     * Disables an account: it can no longer sign in or refresh, all its sessions end now, and its remaining access
     * tokens stop opening the user service at once (other services honour them until they expire, at most the
     * access-token lifetime).
     */
    @Transactional
    public UserAccount disable(UUID userId, UUID adminId, String reason) {
        if (userId.equals(adminId)) {
            throw ProblemException.conflict("cannot-disable-self", "Administrators cannot disable their own account");
        }
        UserAccount account = accounts.get(userId);
        if (account.isActive()) {
            account.disable(reason, Instant.now());
            outbox.publish(UserEvents.TOPIC, userId.toString(), "UserDisabled",
                    new UserEvents.UserDisabled(userId, reason));
        }
        refreshTokens.revokeAllOf(userId);
        return account;
    }

    @Transactional
    public UserAccount enable(UUID userId) {
        UserAccount account = accounts.get(userId);
        if (!account.isActive()) {
            account.enable(Instant.now());
            outbox.publish(UserEvents.TOPIC, userId.toString(), "UserEnabled", new UserEvents.UserEnabled(userId));
        }
        return account;
    }
}
