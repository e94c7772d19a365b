package dev.dryfruits.user.accounts.control;

import dev.dryfruits.kit.persistence.Page;
import dev.dryfruits.kit.persistence.PageRequest;
import dev.dryfruits.kit.persistence.PagedSearch;
import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.user.accounts.entity.EmailAddress;
import dev.dryfruits.user.accounts.entity.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
        String pattern = query == null || query.isBlank() ? null
                : "%" + escapeLike(query.strip().toLowerCase(java.util.Locale.ROOT)) + "%";
        return PagedSearch.of(em, UserAccount.class, "u")
                .where("lower(u.email) like :pattern escape '\\' or lower(u.fullName) like :pattern escape '\\'",
                        "pattern", pattern)
                .page("u.createdAt desc, u.id", page);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
