package dev.dryfruits.order.checkout.control;

import dev.dryfruits.order.checkout.entity.CheckoutQuote;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * The last quote each customer was shown, as its fingerprint: an order is placed only at amounts the customer saw
 * (one row per customer, replaced by every quote).
 */
@ApplicationScoped
// Reads too, so that checkout never holds a connection outside a transaction (docs/architecture.md, "Inside a service").
@Transactional
public class QuoteMemos {

    @PersistenceContext(unitName = "order")
    EntityManager em;

    public void remember(UUID customerId, CheckoutQuote quote) {
        em.createNativeQuery("insert into checkout_quote_memo (customer_id, fingerprint, total_minor, quoted_at)"
                        + " values (?1, ?2, ?3, ?4) on conflict (customer_id) do update set fingerprint = excluded"
                        + ".fingerprint, total_minor = excluded.total_minor, quoted_at = excluded.quoted_at")
                .setParameter(1, customerId).setParameter(2, quote.fingerprint())
                .setParameter(3, quote.total().minorUnits()).setParameter(4, Timestamp.from(Instant.now()))
                .executeUpdate();
    }

    public boolean wasShown(UUID customerId, CheckoutQuote quote) {
        return !em.createNativeQuery("select 1 from checkout_quote_memo where customer_id = ?1 and fingerprint = ?2")
                .setParameter(1, customerId).setParameter(2, quote.fingerprint()).getResultList().isEmpty();
    }
}
