package dev.dryfruits.quality.lots.control;

import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.quality.lots.entity.QualityLot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The lots inventory received, known from its LotReceived events. */
@ApplicationScoped
public class QualityLots {

    @PersistenceContext(unitName = "quality")
    EntityManager em;

    /** Records a received lot (inside the event's transaction); a repeat changes nothing. */
    public void received(UUID lotId, UUID sellerId, String sku, UUID productId, String category, String lotNumber) {
        if (em.find(QualityLot.class, lotId) == null) {
            em.persist(new QualityLot(lotId, sellerId, sku, productId, category, lotNumber, Instant.now()));
        }
    }

    public Optional<QualityLot> find(UUID lotId) {
        return Optional.ofNullable(em.find(QualityLot.class, lotId));
    }

    /** The lot if the caller may see its reports (its seller, or an administrator); 404 otherwise. */
    public QualityLot visibleTo(UUID callerId, boolean admin, UUID lotId) {
        return find(lotId).filter(lot -> admin || lot.ownedBy(callerId))
                .orElseThrow(() -> ProblemException.notFound("Lot " + lotId));
    }

    /**
     * The lot locked for a decision, so that two reports on it are judged one after the other; 404 unless the caller
     * may see it.
     */
    public QualityLot lockVisibleTo(UUID callerId, boolean admin, UUID lotId) {
        return Optional.ofNullable(em.find(QualityLot.class, lotId, LockModeType.PESSIMISTIC_WRITE))
                .filter(lot -> admin || lot.ownedBy(callerId))
                .orElseThrow(() -> ProblemException.notFound("Lot " + lotId));
    }
}
