package dev.dryfruits.quality.accounts.control;

import dev.dryfruits.quality.accounts.entity.SellerAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Sellers' accounts, kept as the user service's events describe them. */
@ApplicationScoped
public class SellerAccounts {

    @PersistenceContext(unitName = "quality")
    EntityManager em;

    public Optional<SellerAccount> find(UUID userId) {
        return Optional.ofNullable(em.find(SellerAccount.class, userId));
    }

    /** Records a seller's current email and name (called inside the event's transaction). */
    public SellerAccount describe(UUID userId, String email, String fullName) {
        Instant now = Instant.now();
        SellerAccount account = em.find(SellerAccount.class, userId);
        if (account == null) {
            account = new SellerAccount(userId, email, fullName, now);
            em.persist(account);
        } else {
            account.describe(email, fullName, now);
        }
        return account;
    }

    /** Disabled sellers stay known (their verification is history) but are marked inactive. */
    public void setActive(UUID userId, boolean active) {
        find(userId).ifPresent(account -> account.setActive(active, Instant.now()));
    }
}
