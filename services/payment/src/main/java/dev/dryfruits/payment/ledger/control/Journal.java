package dev.dryfruits.payment.ledger.control;

import dev.dryfruits.payment.ledger.entity.Account;
import dev.dryfruits.payment.ledger.entity.EntryKind;
import dev.dryfruits.payment.ledger.entity.JournalEntry;
import dev.dryfruits.payment.ledger.entity.Posting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Posts journal entries: inside the transaction of the change that caused them (so both happen or neither), once
 * per source key (a second post of the same event is a no-op, even from two replicas at the same moment: the key's
 * advisory lock serialises them), balanced (checked here, and again by the database at commit).
 */
@ApplicationScoped
public class Journal {

    @PersistenceContext(unitName = "payment")
    EntityManager em;

    /** @return the entry posted, or empty when this source key was posted before */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<JournalEntry> post(String sourceKey, EntryKind kind, String description,
                                       JournalEntry.Reference reference, List<Posting> postings) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))").setParameter(1, sourceKey)
                .getSingleResult();
        if (find(sourceKey).isPresent()) {
            return Optional.empty();
        }
        JournalEntry entry = new JournalEntry(sourceKey, kind, description, reference, postings, Instant.now());
        postings.stream().map(Posting::account).distinct().forEach(code -> Account.sellerOf(code)
                .ifPresent(seller -> openSellerAccount(code, seller)));
        em.persist(entry);
        em.flush();
        return Optional.of(entry);
    }

    public Optional<JournalEntry> find(String sourceKey) {
        return em.createQuery("select e from JournalEntry e where e.sourceKey = :key", JournalEntry.class)
                .setParameter("key", sourceKey).getResultList().stream().findFirst();
    }

    private void openSellerAccount(String code, UUID sellerId) {
        em.createNativeQuery("insert into ledger_account (code, name, kind, seller_id) values (?1, ?2, 'LIABILITY', ?3)"
                        + " on conflict do nothing")
                .setParameter(1, code).setParameter(2, "Payable to seller " + sellerId).setParameter(3, sellerId)
                .executeUpdate();
    }
}
