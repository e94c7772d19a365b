package dev.dryfruits.order.cart.control;

import dev.dryfruits.order.cart.entity.Cart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The store of carts. A change locks the customer's cart row first (made if missing, once even when two requests
 * race), so two changes to one cart, on any number of replicas, happen one after the other.
 */
@ApplicationScoped
// Reads too, so that checkout never holds a connection outside a transaction (docs/architecture.md, "Inside a service").
@Transactional
public class CartStore {

    @PersistenceContext(unitName = "order")
    EntityManager em;

    public Optional<Cart> find(UUID customerId) {
        return Optional.ofNullable(em.find(Cart.class, customerId));
    }

    /** Applies a change to the customer's cart, made if it has none yet. */
    @Transactional
    public Cart change(UUID customerId, Consumer<Cart> change) {
        em.createNativeQuery("insert into cart (customer_id, updated_at) values (?1, ?2) on conflict do nothing")
                .setParameter(1, customerId).setParameter(2, java.sql.Timestamp.from(Instant.now())).executeUpdate();
        Cart cart = em.find(Cart.class, customerId, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(cart);
        change.accept(cart);
        return cart;
    }
}
