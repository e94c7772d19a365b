package dev.dryfruits.quality.lots.control;

import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.kit.rest.Peers;
import dev.dryfruits.quality.lots.entity.QualityLot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The lots inventory received, known from its LotReceived events. */
@ApplicationScoped
public class QualityLots {

    /** Events between services take a second or two. */
    private static final Duration ON_ITS_WAY = Duration.ofSeconds(2);

    @PersistenceContext(unitName = "quality")
    EntityManager em;

    @Inject
    LotLookup lookup;

    /** Records a received lot (inside the event's transaction); a repeat changes nothing. */
    public void received(UUID lotId, UUID sellerId, String sku, UUID productId, String category, String lotNumber) {
        if (em.find(QualityLot.class, lotId) == null) {
            em.persist(new QualityLot(lotId, sellerId, sku, productId, category, lotNumber, Instant.now()));
        }
    }

    public Optional<QualityLot> find(UUID lotId) {
        return Optional.ofNullable(em.find(QualityLot.class, lotId));
    }

    /** The lot if the caller may see its reports (its seller, or an administrator); otherwise {@link #unknown}. */
    public QualityLot visibleTo(UUID callerId, boolean admin, UUID lotId) {
        return find(lotId).filter(lot -> admin || lot.ownedBy(callerId))
                .orElseThrow(() -> unknown(callerId, admin, lotId));
    }

    /**
     * The lot locked for a decision, so that two reports on it are judged one after the other; {@link #unknown}
     * unless the caller may see it.
     */
    public QualityLot lockVisibleTo(UUID callerId, boolean admin, UUID lotId) {
        return Optional.ofNullable(em.find(QualityLot.class, lotId, LockModeType.PESSIMISTIC_WRITE))
                .filter(lot -> admin || lot.ownedBy(callerId)).orElseThrow(() -> unknown(callerId, admin, lotId));
    }

    /**
     * Why a lot is not here: this service learns lots from the inventory service's LotReceived events, so a lot
     * received a moment ago may not have arrived yet. The inventory service, which owns lots, is asked: if it has
     * the lot (and shows it to the caller), 409 with Retry-After says it is on its way; otherwise 404.
     */
    private ProblemException unknown(UUID callerId, boolean admin, UUID lotId) {
        Optional<QualityLot> arrived = find(lotId);
        if (arrived.isPresent()) {
            // It arrived between the two reads (its event's transaction committed in the meantime), or it is not
            // the caller's.
            return arrived.filter(lot -> admin || lot.ownedBy(callerId))
                    .map(lot -> ProblemException.onItsWay("Lot " + lot.lotNumber() + " has just arrived at the quality"
                            + " service; try again", ON_ITS_WAY))
                    .orElseGet(() -> ProblemException.notFound("Lot " + lotId));
        }
        return Peers.ask("inventory", "about lot " + lotId, () -> lookup.lot(lotId))
                .map(lot -> ProblemException.onItsWay("Lot " + lot.lotNumber() + " was received a moment ago and is on"
                        + " its way to the quality service; try again in a few seconds", ON_ITS_WAY))
                .orElseGet(() -> ProblemException.notFound("Lot " + lotId));
    }
}
