package dev.dryfruits.user.auth.control;

import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.user.accounts.control.PasswordHasher;
import dev.dryfruits.user.accounts.control.Profiles;
import dev.dryfruits.user.accounts.control.UserAccounts;
import dev.dryfruits.user.accounts.entity.EmailAddress;
import dev.dryfruits.user.accounts.entity.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Signing in, refreshing and signing out. Password checks happen outside any transaction: PBKDF2 is slow on
 * purpose, and should not hold a database connection while it works.
 */
@ApplicationScoped
public class SignIn {

    @Inject
    UserAccounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    LoginThrottle throttle;

    @Inject
    TokenIssuer tokenIssuer;

    @Inject
    RefreshTokens refreshTokens;

    @Inject
    Profiles profiles;

    /** The same 401 for an unknown email and a wrong password, and the same time spent on both. */
    public Tokens signIn(EmailAddress email, String password) {
        throttle.requireAllowed(email);
        Optional<UserAccount> found = accounts.findByEmail(email);
        boolean matches = found.isPresent()
                ? hasher.matches(password.toCharArray(), found.get().passwordHash())
                : hasher.matchesNothing(password.toCharArray());
        if (!matches) {
            throttle.recordFailure(email);
            throw ProblemException.unauthorized("Wrong email or password");
        }
        UserAccount account = found.get();
        throttle.recordSuccess(email);
        if (!account.isActive()) {
            throw ProblemException.forbidden("This account is disabled");
        }
        if (hasher.needsRehash(account.passwordHash())) {
            profiles.upgradePasswordHash(account.id(), password);
        }
        return new Tokens(tokenIssuer.issue(account), refreshTokens.issue(account.id()));
    }

    /** A new access token and the next refresh token, for an unused refresh token of an active account. */
    @Transactional(dontRollbackOn = ProblemException.class)
    public Tokens refresh(String refreshToken) {
        RefreshTokens.UsedToken used = refreshTokens.use(refreshToken);
        UserAccount account = accounts.find(used.userId()).filter(UserAccount::isActive)
                .orElseThrow(RefreshTokens::invalid);
        return new Tokens(tokenIssuer.issue(account), refreshTokens.continueSession(used));
    }

    public void signOut(String refreshToken) {
        refreshTokens.revokeSessionOf(refreshToken);
    }

    public record Tokens(TokenIssuer.AccessToken access, RefreshTokens.IssuedRefreshToken refresh) {
    }
}
