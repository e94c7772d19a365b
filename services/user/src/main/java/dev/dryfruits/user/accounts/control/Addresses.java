package dev.dryfruits.user.accounts.control;

import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.user.accounts.entity.Address;
import dev.dryfruits.user.accounts.entity.AddressDetails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** A user's delivery addresses. The first one is the default until the user picks another. */
@ApplicationScoped
public class Addresses {

    @PersistenceContext(unitName = "user")
    EntityManager em;

    @Inject
    Profiles profiles;

    @Inject
    @ConfigProperty(name = "dryfruits.addresses.max-per-user", defaultValue = "20")
    int maxPerUser;

    public List<Address> of(UUID userId) {
        profiles.own(userId);
        return em.createNamedQuery(Address.OF_USER, Address.class).setParameter("userId", userId).getResultList();
    }

    public Address get(UUID userId, UUID addressId) {
        profiles.own(userId);
        Address address = em.find(Address.class, addressId);
        // Someone else's address is reported as missing, not forbidden: its existence is none of the caller's business.
        if (address == null || !address.belongsTo(userId)) {
            throw ProblemException.notFound("Address " + addressId);
        }
        return address;
    }

    @Transactional
    public Address add(UUID userId, AddressDetails details, boolean makeDefault) {
        // Locking the account row serialises concurrent additions for one user, so the limit and the single default hold.
        em.lock(profiles.own(userId), LockModeType.PESSIMISTIC_WRITE);
        long count = em.createNamedQuery(Address.COUNT_OF_USER, Long.class).setParameter("userId", userId)
                .getSingleResult();
        if (count >= maxPerUser) {
            throw ProblemException.conflict("address-limit", "You can keep at most " + maxPerUser + " addresses");
        }
        Instant now = Instant.now();
        boolean isDefault = makeDefault || count == 0;
        if (isDefault) {
            clearDefault(userId, now);
        }
        Address address = new Address(userId, details, isDefault, now);
        em.persist(address);
        return address;
    }

    @Transactional
    public Address replace(UUID userId, UUID addressId, AddressDetails details, boolean makeDefault) {
        Address address = get(userId, addressId);
        Instant now = Instant.now();
        address.replaceDetails(details, now);
        if (makeDefault && !address.isDefault()) {
            clearDefault(userId, now);
            address.makeDefault(now);
        }
        return address;
    }

    @Transactional
    public void remove(UUID userId, UUID addressId) {
        Address address = get(userId, addressId);
        em.remove(address);
        if (address.isDefault()) {
            em.flush();
            of(userId).stream().findFirst().ifPresent(next -> next.makeDefault(Instant.now()));
        }
    }

    private void clearDefault(UUID userId, Instant now) {
        em.createNamedQuery(Address.DEFAULT_OF_USER, Address.class).setParameter("userId", userId)
                .getResultList()
                .forEach(previous -> previous.clearDefault(now));
        // The partial unique index allows one default per user: write the cleared flag before setting a new one.
        em.flush();
    }
}
