package dev.dryfruits.user.accounts.control;

import dev.dryfruits.kit.persistence.Page;
import dev.dryfruits.kit.persistence.PageRequest;
import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.user.accounts.entity.EmailAddress;
import dev.dryfruits.user.accounts.entity.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The stored user accounts. */
@ApplicationScoped
public class UserAccounts {

    @PersistenceContext(unitName = "user")
    EntityManager em;

    public Optional<UserAccount> find(UUID id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    public UserAccount get(UUID id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("User " + id));
    }

    public Optional<UserAccount> findByEmail(EmailAddress email) {
        return em.createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                .setParameter("email", email.value())
                .getResultStream()
                .findFirst();
    }

    public boolean emailTaken(EmailAddress email) {
        return findByEmail(email).isPresent();
    }

    public void add(UserAccount account) {
        em.persist(account);
        // Flush now so that a concurrent registration of the same email fails here, inside our error handling.
        em.flush();
    }

    /** Newest first; {@code query} matches part of the email or the name, ignoring case. */
    public Page<UserAccount> search(String query, PageRequest page) {
        String pattern = query == null || query.isBlank() ? "%" : "%" + escapeLike(query.strip().toLowerCase()) + "%";
        String where = " where lower(u.email) like :pattern escape '\\' or lower(u.fullName) like :pattern escape '\\'";
        TypedQuery<UserAccount> items = em.createQuery(
                        "select u from UserAccount u" + where + " order by u.createdAt desc, u.id", UserAccount.class)
                .setParameter("pattern", pattern)
                .setFirstResult(page.offset())
                .setMaxResults(page.size());
        long total = em.createQuery("select count(u) from UserAccount u" + where, Long.class)
                .setParameter("pattern", pattern)
                .getSingleResult();
        List<UserAccount> found = items.getResultList();
        return Page.of(found, page, total);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
