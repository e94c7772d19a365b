package dev.dryfruits.order.orders.control;

import dev.dryfruits.kit.persistence.Page;
import dev.dryfruits.kit.persistence.PageRequest;
import dev.dryfruits.kit.persistence.PagedSearch;
import dev.dryfruits.order.orders.entity.CustomerOrder;
import dev.dryfruits.order.orders.entity.OrderStatus;
import dev.dryfruits.order.orders.entity.SubOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The store of orders (the aggregate: an order with its sub-orders, lines and history). Every read runs in a
 * transaction of its own when the caller has none: outside one, the container's persistence context may hand back
 * an entity read earlier on the same thread, and the saga's decisions must be made on the order as it is now.
 */
@ApplicationScoped
@Transactional
public class OrderStore {

    @PersistenceContext(unitName = "order")
    EntityManager em;

    public Optional<CustomerOrder> find(UUID id) {
        return Optional.ofNullable(em.find(CustomerOrder.class, id));
    }

    public Optional<CustomerOrder> byKey(UUID customerId, String idempotencyKey) {
        return em.createQuery("select o from CustomerOrder o where o.customerId = :customer"
                        + " and o.idempotencyKey = :key", CustomerOrder.class)
                .setParameter("customer", customerId).setParameter("key", idempotencyKey).getResultList().stream()
                .findFirst();
    }

    /** The order, locked until the transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<CustomerOrder> lock(UUID id) {
        CustomerOrder order = em.find(CustomerOrder.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (order != null) {
            em.refresh(order);
        }
        return Optional.ofNullable(order);
    }

    /**
     * The new order, committed at once; or, when another request with the same customer and key made one first (on
     * any replica), that one: the key's advisory lock makes the second wait for the first and find it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public CustomerOrder addOnce(CustomerOrder order) {
        String key = order.idempotencyKey().orElseThrow();
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, order.customerId() + "|" + key).getSingleResult();
        Optional<CustomerOrder> first = byKey(order.customerId(), key);
        if (first.isPresent()) {
            return first.get();
        }
        em.persist(order);
        em.flush();
        return order;
    }

    /** A customer's orders, newest first: the ones they were asked to pay for (not those never placed). */
    public Page<CustomerOrder> ofCustomer(UUID customerId, OrderStatus status, PageRequest page) {
        return PagedSearch.of(em, CustomerOrder.class, "o").whereEqual("customerId", customerId)
                .whereEqual("status", status)
                .where("o.status not in :hidden", "hidden", List.of(OrderStatus.PLACING, OrderStatus.NOT_PLACED))
                .page("o.placedAt desc, o.id", page);
    }

    /** Every order, newest first, by status, customer, seller and the day range they were placed in. */
    public Page<CustomerOrder> search(OrderStatus status, UUID customerId, UUID sellerId, Instant from, Instant to,
                                      PageRequest page) {
        return PagedSearch.of(em, CustomerOrder.class, "o").whereEqual("status", status)
                .whereEqual("customerId", customerId)
                .where("exists (select s from SubOrder s where s.order = o and s.sellerId = :seller)", "seller",
                        sellerId)
                .where("o.placedAt >= :from", "from", from).where("o.placedAt < :to", "to", to)
                .page("o.placedAt desc, o.id", page);
    }

    /** A seller's sub-orders of orders the customer was asked to pay for, newest first. */
    public Page<SubOrder> ofSeller(UUID sellerId, OrderStatus status, PageRequest page) {
        return PagedSearch.of(em, SubOrder.class, "s").whereEqual("sellerId", sellerId).whereEqual("status", status)
                .where("s.status not in :hidden", "hidden", List.of(OrderStatus.PLACING, OrderStatus.NOT_PLACED))
                .page("s.order.placedAt desc, s.id", page);
    }

    public Optional<SubOrder> subOrder(UUID id) {
        return Optional.ofNullable(em.find(SubOrder.class, id));
    }

    /**
     * Orders whose saga has a step due, taken for {@code lease} by this replica (others skip them meanwhile): their
     * ids. A step whose replica died is taken again once its lease has run out.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<UUID> claimDue(int limit, java.time.Duration lease) {
        Instant now = Instant.now();
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("update customer_order set lease_until = ?1 where id in (select id"
                        + " from customer_order where saga_step <> 'NONE' and (next_attempt_at is null or"
                        + " next_attempt_at <= ?2) and (lease_until is null or lease_until < ?2)"
                        + " order by next_attempt_at nulls first limit ?3 for update skip locked) returning id")
                .setParameter(1, Timestamp.from(now.plus(lease))).setParameter(2, Timestamp.from(now))
                .setParameter(3, limit).getResultList();
        return ids.stream().map(id -> id instanceof UUID uuid ? uuid : UUID.fromString(id.toString())).toList();
    }

    /** Orders whose placing request died (its lease ran out while still placing). */
    public List<UUID> abandonedPlacings(int limit) {
        return em.createQuery("select o.id from CustomerOrder o where o.status = :placing and o.step = :none"
                        + " and o.leaseUntil < :now", UUID.class)
                .setParameter("placing", OrderStatus.PLACING)
                .setParameter("none", dev.dryfruits.order.orders.entity.SagaStep.NONE)
                .setParameter("now", Instant.now()).setMaxResults(limit).getResultList();
    }

    /** Orders waiting for a payment the payment service has said nothing of for a while: to be asked about. */
    public List<UUID> quietPayments(Instant quietSince, int limit) {
        return em.createQuery("select o.id from CustomerOrder o where o.status = :pending and o.step = :none"
                        + " and o.updatedAt < :quiet and (o.nextAttemptAt is null or o.nextAttemptAt < :now)",
                        UUID.class)
                .setParameter("pending", OrderStatus.PENDING_PAYMENT)
                .setParameter("none", dev.dryfruits.order.orders.entity.SagaStep.NONE)
                .setParameter("quiet", quietSince).setParameter("now", Instant.now())
                .setMaxResults(limit).getResultList();
    }
}
