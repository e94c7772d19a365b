package dev.dryfruits.payment.payments.control;

import dev.dryfruits.kit.persistence.Page;
import dev.dryfruits.kit.persistence.PageRequest;
import dev.dryfruits.kit.persistence.PagedSearch;
import dev.dryfruits.payment.payments.entity.Payment;
import dev.dryfruits.payment.payments.entity.PaymentStatus;
import dev.dryfruits.payment.payments.entity.Refund;
import dev.dryfruits.payment.payments.entity.RefundStatus;
import dev.dryfruits.payment.payments.entity.RejectedWebhook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The store of payments and refunds: finding them, locking one to change it, new ones. Reads run in a transaction of
 * their own when the caller has none, so that they see the payment as it is now (outside one, the container's
 * persistence context may hand back an entity read earlier on the same thread).
 */
@ApplicationScoped
@Transactional
public class PaymentStore {

    @PersistenceContext(unitName = "payment")
    EntityManager em;

    public Optional<Payment> find(UUID id) {
        return Optional.ofNullable(em.find(Payment.class, id));
    }

    public Optional<Payment> ofOrder(UUID orderId, int attempt) {
        return em.createQuery("select p from Payment p where p.orderId = :order and p.attempt = :attempt",
                        Payment.class).setParameter("order", orderId).setParameter("attempt", attempt)
                .getResultList().stream().findFirst();
    }

    public List<Payment> ofOrder(UUID orderId) {
        return em.createQuery("select p from Payment p where p.orderId = :order order by p.attempt", Payment.class)
                .setParameter("order", orderId).getResultList();
    }

    public Page<Payment> search(PaymentStatus status, UUID orderId, UUID customerId, PageRequest page) {
        return PagedSearch.of(em, Payment.class, "p").whereEqual("status", status).whereEqual("orderId", orderId)
                .whereEqual("customerId", customerId).page("p.createdAt desc, p.id", page);
    }

    public Optional<Refund> findRefund(UUID id) {
        return Optional.ofNullable(em.find(Refund.class, id));
    }

    public List<Refund> refundsOf(UUID paymentId) {
        return em.createQuery("select r from Refund r where r.paymentId = :payment order by r.createdAt, r.id",
                Refund.class).setParameter("payment", paymentId).getResultList();
    }

    public boolean isAbandoned(UUID orderId) {
        return !em.createNativeQuery("select 1 from abandoned_order where order_id = ?1").setParameter(1, orderId)
                .getResultList().isEmpty();
    }

    /** The payment, locked until the transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Payment> lock(UUID id) {
        Payment payment = em.find(Payment.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (payment != null) {
            em.refresh(payment);
        }
        return Optional.ofNullable(payment);
    }

    /** The payment the processor knows by this id, or (a create whose answer was lost) by our reference. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Payment> lockSeen(String processorId, String reference) {
        Optional<UUID> id = em.createQuery("select p.id from Payment p where p.processorId = :processor", UUID.class)
                .setParameter("processor", processorId).getResultList().stream().findFirst();
        if (id.isEmpty()) {
            try {
                id = Optional.of(UUID.fromString(reference));
            } catch (IllegalArgumentException notOurs) {
                return Optional.empty();
            }
        }
        return lock(id.get());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Refund> lockRefund(UUID id) {
        Refund refund = em.find(Refund.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (refund != null) {
            em.refresh(refund);
        }
        return Optional.ofNullable(refund);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> refundWithProcessorId(String processorRefundId) {
        return em.createQuery("select r.id from Refund r where r.processorId = :processor", UUID.class)
                .setParameter("processor", processorRefundId).getResultList().stream().findFirst();
    }

    public Optional<Refund> refundWithKey(UUID paymentId, String idempotencyKey) {
        return em.createQuery("select r from Refund r where r.paymentId = :payment and r.idempotencyKey = :key",
                        Refund.class).setParameter("payment", paymentId).setParameter("key", idempotencyKey)
                .getResultList().stream().findFirst();
    }

    /** What adding a payment did: refused (the order gave up), or the payment of this order and attempt. */
    public record Added(Payment payment, boolean created, boolean abandoned) {
    }

    /**
     * Adds the payment, committed at once, unless its order gave up, or another request made the payment of this
     * order and attempt first (that one is answered). Under the order's advisory lock, which the order's abandonment
     * takes too: a payment is either made before the order gives up (and then abandoned with it) or refused.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Added addUnlessAbandoned(Payment payment) {
        lockOrder(payment.orderId());
        if (isAbandoned(payment.orderId())) {
            return new Added(null, false, true);
        }
        Optional<Payment> first = ofOrder(payment.orderId(), payment.attempt());
        if (first.isPresent()) {
            return new Added(first.get(), false, false);
        }
        em.persist(payment);
        em.flush();
        return new Added(payment, true, false);
    }

    /** Serialises what concerns one order's payments (their creation, the order giving up) until the transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockOrder(UUID orderId) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))").setParameter(1, "payments:" + orderId)
                .getSingleResult();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(Refund refund) {
        em.persist(refund);
    }

    /** Records that the order gave up; true if it had not before. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean markAbandoned(UUID orderId, String reason) {
        return em.createNativeQuery("insert into abandoned_order (order_id, reason, abandoned_at) values (?1, ?2, ?3)"
                        + " on conflict do nothing").setParameter(1, orderId).setParameter(2, reason)
                .setParameter(3, java.sql.Timestamp.from(Instant.now())).executeUpdate() == 1;
    }

    /** Records a processor event as applied; false when it was applied before (a duplicate delivery). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstTime(String eventId, String type) {
        return em.createNativeQuery("insert into received_webhook (event_id, event_type, received_at)"
                        + " values (?1, ?2, ?3) on conflict do nothing").setParameter(1, eventId).setParameter(2, type)
                .setParameter(3, java.sql.Timestamp.from(Instant.now())).executeUpdate() == 1;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void reject(RejectedWebhook rejected) {
        em.persist(rejected);
    }

    public Page<RejectedWebhook> rejected(PageRequest page) {
        return PagedSearch.of(em, RejectedWebhook.class, "w").page("w.receivedAt desc, w.id", page);
    }

    /** Authorised card payments the order still wants, not yet captured. */
    public List<UUID> awaitingCapture(int limit) {
        return em.createQuery("select p.id from Payment p where p.status = :authorized and p.abandoned = false"
                        + " and p.capturedMinor = 0 and p.processorId is not null order by p.updatedAt", UUID.class)
                .setParameter("authorized", PaymentStatus.AUTHORIZED).setMaxResults(limit).getResultList();
    }

    /** Refunds the processor has not accepted yet. */
    public List<UUID> refundsToSubmit(int limit) {
        return em.createQuery("select r.id from Refund r where r.status = :requested order by r.createdAt", UUID.class)
                .setParameter("requested", RefundStatus.REQUESTED).setMaxResults(limit).getResultList();
    }

    /**
     * Payments the processor may have news of that never came: open ones not heard of for {@code quietFor}, and
     * ones that gave up but might still be paid (until well after their expiry), not yet asked about lately.
     */
    public List<UUID> toReconcile(Instant quietSince, Instant lateSuccessHorizon, int limit) {
        return em.createQuery("select p.id from Payment p where p.processorId is not null and p.capturedMinor = 0"
                        + " and p.status in :statuses and ((p.checkedAt is null and p.updatedAt < :quiet)"
                        + " or p.checkedAt < :quiet)"
                        + " and (p.abandoned = false or p.expiresAt is null or p.expiresAt > :horizon)"
                        + " order by p.updatedAt", UUID.class)
                .setParameter("statuses", List.of(PaymentStatus.CREATED, PaymentStatus.AUTHORIZED,
                        PaymentStatus.CANCELLED, PaymentStatus.EXPIRED))
                .setParameter("quiet", quietSince).setParameter("horizon", lateSuccessHorizon)
                .setMaxResults(limit).getResultList();
    }

    /** Creates whose answer never came back (no processor id yet), older than {@code since}. */
    public List<UUID> unconfirmedCreates(Instant since, int limit) {
        return em.createQuery("select p.id from Payment p where p.processorId is null and p.status = :created"
                        + " and p.createdAt < :since and (p.checkedAt is null or p.checkedAt < :since)"
                        + " order by p.createdAt", UUID.class)
                .setParameter("created", PaymentStatus.CREATED).setParameter("since", since).setMaxResults(limit)
                .getResultList();
    }

    /** Accepted refunds the bank's news of has not come for a while. */
    public List<UUID> pendingRefunds(Instant quietSince, int limit) {
        return em.createQuery("select r.id from Refund r where r.status = :pending and r.updatedAt < :quiet"
                        + " order by r.updatedAt", UUID.class)
                .setParameter("pending", RefundStatus.PENDING).setParameter("quiet", quietSince).setMaxResults(limit)
                .getResultList();
    }
}
