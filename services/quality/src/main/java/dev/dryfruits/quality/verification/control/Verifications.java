package dev.dryfruits.quality.verification.control;

import dev.dryfruits.kit.events.Outbox;
import dev.dryfruits.kit.persistence.Page;
import dev.dryfruits.kit.persistence.PageRequest;
import dev.dryfruits.kit.persistence.PagedSearch;
import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.quality.verification.entity.BusinessDetails;
import dev.dryfruits.quality.verification.entity.SellerEvents;
import dev.dryfruits.quality.verification.entity.SellerVerification;
import dev.dryfruits.quality.verification.entity.SuspensionCause;
import dev.dryfruits.quality.verification.entity.VerificationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Sellers' verifications and every decision about them. Each decision that changes whether a seller may sell is
 * published on {@value SellerEvents#TOPIC} in the same transaction (the outbox).
 */
@ApplicationScoped
public class Verifications {

    @PersistenceContext(unitName = "quality")
    EntityManager em;

    @Inject
    Outbox outbox;

    public Optional<SellerVerification> find(UUID sellerId) {
        return Optional.ofNullable(em.find(SellerVerification.class, sellerId));
    }

    public SellerVerification get(UUID sellerId) {
        return find(sellerId).orElseThrow(() -> ProblemException.notFound("The verification of seller " + sellerId));
    }

    /** Newest submissions first, optionally in one status. */
    public Page<SellerVerification> search(VerificationStatus status, PageRequest page) {
        return PagedSearch.of(em, SellerVerification.class, "v")
                .whereEqual("status", status)
                .page("v.submittedAt desc, v.sellerId", page);
    }

    /**
     * A first submission, or a corrected one after a rejection: checked field by field, then PENDING until an
     * administrator decides. A GSTIN belongs to one seller only.
     */
    @Transactional
    public SellerVerification submit(UUID sellerId, VerificationSubmission submission) {
        Instant now = Instant.now();
        BusinessDetails details = BusinessDetailsCheck.validated(submission, today(now));
        List<UUID> holders = em.createQuery(
                        "select v.sellerId from SellerVerification v where v.gstin = :gstin and v.sellerId <> :seller",
                        UUID.class)
                .setParameter("gstin", details.gstin()).setParameter("seller", sellerId).getResultList();
        if (!holders.isEmpty()) {
            throw ProblemException.conflict("gstin-registered",
                    "GSTIN " + details.gstin() + " is already registered by another seller");
        }
        SellerVerification verification = em.find(SellerVerification.class, sellerId, LockModeType.PESSIMISTIC_WRITE);
        if (verification == null) {
            verification = new SellerVerification(sellerId, details, now);
            em.persist(verification);
        } else {
            SellerVerification existing = verification;
            decide(() -> existing.submit(details, now));
        }
        em.flush();
        return verification;
    }

    @Transactional
    public SellerVerification approve(UUID sellerId, UUID administrator) {
        SellerVerification verification = locked(sellerId);
        decide(() -> verification.approve(administrator, Instant.now()));
        publish(verification, SellerEvents.SellerVerified.of(sellerId, verification.details()));
        return verification;
    }

    @Transactional
    public SellerVerification reject(UUID sellerId, String reason, UUID administrator) {
        SellerVerification verification = locked(sellerId);
        decide(() -> verification.reject(reason, administrator, Instant.now()));
        publish(verification, new SellerEvents.SellerRejected(sellerId, reason));
        return verification;
    }

    @Transactional
    public SellerVerification suspend(UUID sellerId, String reason, UUID administrator) {
        return suspend(locked(sellerId), reason, SuspensionCause.ADMINISTRATOR, administrator);
    }

    @Transactional
    public SellerVerification reinstate(UUID sellerId, UUID administrator) {
        SellerVerification verification = locked(sellerId);
        decide(() -> verification.reinstate(administrator, Instant.now()));
        publishReinstated(verification);
        return verification;
    }

    /** A renewed FSSAI licence; a seller suspended only because the old one expired sells again at once. */
    @Transactional
    public SellerVerification renewLicence(UUID sellerId, LicenceRenewal renewal) {
        Instant now = Instant.now();
        BusinessDetailsCheck.checkRenewal(renewal, today(now));
        SellerVerification verification = locked(sellerId);
        if (verification.status() == VerificationStatus.REJECTED) {
            throw ProblemException.conflict("verification-state",
                    "A rejected verification is corrected by submitting it again");
        }
        boolean reinstated = verification.renewLicence(
                BusinessDetailsCheck.normalisedIdentifier(renewal.fssaiLicenseNumber()),
                LocalDate.parse(renewal.fssaiLicenseExpiry().strip()), now);
        if (reinstated) {
            publishReinstated(verification);
        }
        return verification;
    }

    /** Verified sellers whose licence is no longer valid today, a batch at a time. */
    public List<UUID> withExpiredLicence(int limit) {
        return em.createQuery("select v.sellerId from SellerVerification v where v.status = :verified"
                        + " and v.fssaiExpiry < :today order by v.fssaiExpiry", UUID.class)
                .setParameter("verified", VerificationStatus.VERIFIED)
                .setParameter("today", today(Instant.now()))
                .setMaxResults(limit).getResultList();
    }

    /** Suspends one seller whose licence expired, unless something changed since it was found. */
    @Transactional
    public void suspendForExpiredLicence(UUID sellerId) {
        SellerVerification verification = locked(sellerId);
        if (verification.status() == VerificationStatus.VERIFIED && !verification.licenceValidOn(Instant.now())) {
            suspend(verification, "FSSAI licence " + verification.details().fssaiNumber() + " was valid until "
                    + verification.details().fssaiExpiry(), SuspensionCause.LICENCE_EXPIRED, null);
        }
    }

    private SellerVerification suspend(SellerVerification verification, String reason, SuspensionCause cause,
                                       UUID administrator) {
        decide(() -> verification.suspend(reason, cause, administrator, Instant.now()));
        publish(verification, new SellerEvents.SellerSuspended(verification.sellerId(), reason, cause.name()));
        return verification;
    }

    private void publishReinstated(SellerVerification verification) {
        publish(verification, SellerEvents.SellerReinstated.of(verification.sellerId(), verification.details()));
    }

    private void publish(SellerVerification verification, Record event) {
        outbox.publish(SellerEvents.TOPIC, verification.sellerId().toString(), event.getClass().getSimpleName(),
                event);
    }

    /** Decisions on one seller are serialised, so two administrators cannot both act on the same state. */
    private SellerVerification locked(UUID sellerId) {
        SellerVerification verification = em.find(SellerVerification.class, sellerId, LockModeType.PESSIMISTIC_WRITE);
        if (verification == null) {
            throw ProblemException.notFound("The verification of seller " + sellerId);
        }
        return verification;
    }

    /** A decision the current status does not allow is a 409 naming the status. */
    private static void decide(Runnable decision) {
        try {
            decision.run();
        } catch (IllegalStateException notAllowed) {
            throw ProblemException.conflict("verification-state", notAllowed.getMessage());
        }
    }

    private static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, SellerVerification.LICENCE_ZONE);
    }

}
