package dev.dryfruits.order.sellers.control;

import dev.dryfruits.order.sellers.entity.BusinessAddress;
import dev.dryfruits.order.sellers.entity.Seller;
import dev.dryfruits.order.sellers.entity.SellerEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The store of sellers as the quality service announced them (inside each event's transaction). */
@ApplicationScoped
// Reads too, so that checkout never holds a connection outside a transaction (docs/architecture.md, "Inside a service").
@Transactional
public class Sellers {

    @PersistenceContext(unitName = "order")
    EntityManager em;

    public void approved(UUID sellerId, String legalName, String gstin, Optional<String> panNumber,
                         SellerEvents.Address address) {
        Instant now = Instant.now();
        String pan = panNumber.orElse(null);
        BusinessAddress business = new BusinessAddress(address.line1(), address.line2().orElse(null),
                address.city(), address.state(), address.postalCode());
        Seller seller = em.find(Seller.class, sellerId, LockModeType.PESSIMISTIC_WRITE);
        if (seller == null) {
            em.persist(new Seller(sellerId, legalName, gstin, pan, business, now));
        } else {
            seller.approve(legalName, gstin, pan, business, now);
        }
    }

    public void stopped(UUID sellerId) {
        Seller seller = em.find(Seller.class, sellerId, LockModeType.PESSIMISTIC_WRITE);
        if (seller != null) {
            seller.stop(Instant.now());
        }
    }

    public Map<UUID, Seller> known(Collection<UUID> ids) {
        Map<UUID, Seller> known = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select s from Seller s where s.id in :ids", Seller.class).setParameter("ids", ids)
                    .getResultList().forEach(seller -> known.put(seller.id(), seller));
        }
        return known;
    }
}
