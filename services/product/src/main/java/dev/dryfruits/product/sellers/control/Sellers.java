package dev.dryfruits.product.sellers.control;

import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.kit.rest.Peers;
import dev.dryfruits.product.sellers.entity.Seller;
import dev.dryfruits.product.sellers.entity.SellerStatus;
import dev.dryfruits.product.sellers.entity.SellerVerificationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Sellers' standing, as the quality service decides it; it gates who may list and whose listings are seen. */
@ApplicationScoped
public class Sellers {

    @Inject
    VerificationLookup lookup;

    @PersistenceContext(unitName = "product")
    EntityManager em;

    public Optional<Seller> find(UUID sellerId) {
        return Optional.ofNullable(em.find(Seller.class, sellerId));
    }

    /** The registered names of these sellers, for showing who sells what. */
    public Map<UUID, String> legalNames(Collection<UUID> sellerIds) {
        if (sellerIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> names = new HashMap<>();
        em.createQuery("select s from Seller s where s.id in :ids", Seller.class).setParameter("ids", sellerIds)
                .getResultList().forEach(seller -> {
                    if (seller.legalName() != null) {
                        names.put(seller.id(), seller.legalName());
                    }
                });
        return names;
    }

    /** Records a seller's new standing (called inside the event's transaction). */
    public Seller record(UUID sellerId, String legalName, SellerStatus status) {
        Instant now = Instant.now();
        Seller seller = em.find(Seller.class, sellerId);
        if (seller == null) {
            seller = new Seller(sellerId, legalName, status, now);
            em.persist(seller);
        } else {
            seller.standing(status, now);
            seller.rename(legalName);
        }
        return seller;
    }

    /**
     * 403 unless the calling seller is verified now: only they may create listings or send them for review. What this
     * service has heard decides; when it has not heard of a verification (an approval a moment ago, its event still
     * on the way), the quality service, which owns verification, is asked.
     */
    public void requireVerified(UUID sellerId) {
        Optional<Seller> known = find(sellerId);
        if (known.filter(Seller::mayList).isPresent()) {
            return;
        }
        Optional<SellerVerificationStatus> verified = Peers.ask("quality", "whether you are a verified seller",
                        lookup::callersVerification)
                .filter(verification -> sellerId.equals(verification.sellerId()))
                .filter(SellerVerificationStatus::verified);
        if (verified.isEmpty()) {
            throw ProblemException.forbidden("Only verified sellers can list products: submit your business details"
                    + " at /api/sellers/me/verification and wait for approval");
        }
        if (known.isEmpty()) {
            // Heard first from the owner: keep it, so that the seller's listings are seen at once too. Only a seller
            // not heard of at all: the events, which come in order, correct whatever they say later.
            em.createNativeQuery("insert into seller (id, legal_name, status, updated_at)"
                            + " values (?1, ?2, 'VERIFIED', now()) on conflict (id) do nothing")
                    .setParameter(1, sellerId).setParameter(2, verified.get().legalName()).executeUpdate();
        }
    }
}
