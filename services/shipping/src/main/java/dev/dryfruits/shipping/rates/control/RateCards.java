package dev.dryfruits.shipping.rates.control;

import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.shipping.pincodes.control.PincodeDirectory;
import dev.dryfruits.shipping.pincodes.entity.IndianState;
import dev.dryfruits.shipping.rates.entity.RateCard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The store of rate cards: the one in force on a date, every card, and new cards, which may only start after today
 * (a rate is never changed for a day that has begun, so no quote given today is contradicted by a change).
 */
@ApplicationScoped
public class RateCards {

    @PersistenceContext(unitName = "shipping")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "dryfruits.shipping.zone")
    ZoneId zone;

    @Inject
    PincodeDirectory directory;

    private final Clock clock = Clock.systemUTC();

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** The card in force on the day: the latest one effective on or before it. */
    public Optional<RateCard> inForceOn(LocalDate day) {
        return em.createQuery("select c from RateCard c where c.effectiveFrom <= :day order by c.effectiveFrom desc",
                RateCard.class).setParameter("day", day).setMaxResults(1).getResultList().stream().findFirst();
    }

    public RateCard inForceToday() {
        return inForceOn(today()).orElseThrow(() -> new IllegalStateException("No rate card is in force on "
                + today() + ": the migrations seed one"));
    }

    public List<RateCard> all() {
        return em.createQuery("select c from RateCard c order by c.effectiveFrom desc", RateCard.class)
                .getResultList();
    }

    public Optional<RateCard> find(UUID id) {
        return Optional.ofNullable(em.find(RateCard.class, id));
    }

    @Transactional
    public RateCard publish(RateCardRequest request, UUID adminId) {
        RateCardRequest.Checked card = ProblemException.requireBody(request, "The rate card").validated(today(), directory.states().stream()
                .map(IndianState::code).collect(Collectors.toSet()));
        boolean taken = !em.createQuery("select c.id from RateCard c where c.effectiveFrom = :day", UUID.class)
                .setParameter("day", card.terms().effectiveFrom()).getResultList().isEmpty();
        if (taken) {
            throw ProblemException.conflict("rate-card-exists", "A rate card already starts on "
                    + card.terms().effectiveFrom() + "; cards are never changed, choose another day");
        }
        RateCard created = new RateCard(card.terms(), card.zones(), adminId, Instant.now(clock));
        em.persist(created);
        return created;
    }
}
