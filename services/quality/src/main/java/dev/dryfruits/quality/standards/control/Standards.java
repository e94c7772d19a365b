package dev.dryfruits.quality.standards.control;

import dev.dryfruits.kit.problem.FieldCheck;
import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.quality.standards.entity.IntendedUse;
import dev.dryfruits.quality.standards.entity.LabParameter;
import dev.dryfruits.quality.standards.entity.StandardLimit;
import dev.dryfruits.quality.standards.entity.StandardsProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The standards profiles and their limits: data, read when a report is judged, replaced by administrators. */
@ApplicationScoped
public class Standards {

    private static final Logger LOG = Logger.getLogger(Standards.class.getName());
    private static final Pattern PROFILE_NAME = Pattern.compile("[A-Z][A-Z0-9_-]{1,19}");
    private static final Pattern CATEGORY = Pattern.compile("[a-z][a-z-]{1,39}");
    private static final int MAX_LIMITS = 500;
    private static final BigDecimal HIGHEST_LIMIT = new BigDecimal("1000000");

    @PersistenceContext(unitName = "quality")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "dryfruits.quality.standards-profile")
    String activeProfile;

    public String activeProfile() {
        return activeProfile;
    }

    public List<StandardsProfile> profiles() {
        return em.createQuery("select p from StandardsProfile p order by p.name", StandardsProfile.class)
                .getResultList();
    }

    public List<StandardLimit> limits(String profile) {
        return em.createQuery("select l from StandardLimit l where l.profile = :profile"
                + " order by l.category, l.use, l.parameter", StandardLimit.class)
                .setParameter("profile", profile).getResultList();
    }

    /** The limits a lot of this category for this use is held to under the active profile. */
    public List<StandardLimit> limitsFor(String category, IntendedUse use) {
        return em.createQuery("select l from StandardLimit l where l.profile = :profile and l.category = :category"
                        + " and l.use = :use", StandardLimit.class)
                .setParameter("profile", activeProfile).setParameter("category", category).setParameter("use", use)
                .getResultList();
    }

    /** Replaces a profile's limits (creating the profile if it is new), all checked first. */
    @Transactional
    public StandardsProfile replace(String name, StandardsSubmission submission, UUID adminId) {
        if (name == null || !PROFILE_NAME.matcher(name).matches()) {
            throw ProblemException.invalidField("profile", "must be 2 to 20 capital letters, digits, - or _");
        }
        if (submission == null) {
            throw ProblemException.badRequest("missing-body", "The profile's title and limits are required");
        }
        FieldCheck check = new FieldCheck();
        String title = check.text("title", submission.title(), 3, 200);
        List<StandardLimit> limits = new ArrayList<>();
        if (submission.limits() == null || submission.limits().isEmpty()
                || submission.limits().size() > MAX_LIMITS) {
            check.violation("limits", "must have 1 to " + MAX_LIMITS + " limits");
        } else {
            Set<String> seen = new HashSet<>();
            for (int index = 0; index < submission.limits().size(); index++) {
                StandardLimit limit = limit(check, "limits[" + index + "]", name, submission.limits().get(index));
                if (limit != null && !seen.add(limit.category() + "/" + limit.use() + "/" + limit.parameter())) {
                    check.violation("limits[" + index + "]", "repeats an earlier limit for the same category, use"
                            + " and parameter");
                }
                limits.add(limit);
            }
        }
        check.throwIfAny();
        Instant now = Instant.now();
        StandardsProfile profile = em.find(StandardsProfile.class, name, LockModeType.PESSIMISTIC_WRITE);
        if (profile == null) {
            profile = new StandardsProfile(name, title, adminId, now);
            em.persist(profile);
        } else {
            profile.retitle(title, adminId, now);
        }
        em.createQuery("delete from StandardLimit l where l.profile = :profile").setParameter("profile", name)
                .executeUpdate();
        em.flush();
        limits.forEach(em::persist);
        LOG.info(() -> "Standards profile " + name + " replaced by " + adminId + ": " + limits.size() + " limits");
        return profile;
    }

    private static StandardLimit limit(FieldCheck check, String field, String profile,
                                       StandardsSubmission.LimitSubmission given) {
        if (given == null) {
            check.violation(field, "is required");
            return null;
        }
        String category = given.category() == null ? "" : given.category().strip().toLowerCase(Locale.ROOT);
        if (!CATEGORY.matcher(category).matches()) {
            check.violation(field + ".category", "must be a category slug such as almonds");
        }
        IntendedUse use = null;
        try {
            use = IntendedUse.valueOf(given.use() == null ? "" : given.use().strip());
        } catch (IllegalArgumentException unknown) {
            check.violation(field + ".use", "must be READY_TO_EAT or FURTHER_PROCESSING");
        }
        LabParameter parameter = LabParameter.byApiName(given.parameter() == null ? "" : given.parameter().strip())
                .orElse(null);
        if (parameter == null) {
            check.violation(field + ".parameter", "must be one of moisturePct, aflatoxinB1, aflatoxinTotal,"
                    + " ochratoxinA, so2");
        }
        BigDecimal max = check.optionalDecimal(field + ".max", given.max(), BigDecimal.ZERO, HIGHEST_LIMIT);
        if (max == null && (given.max() == null || given.max().isBlank())) {
            check.violation(field + ".max", "is required");
        }
        String source = check.text(field + ".source", given.source(), 3, 500);
        if (use == null || parameter == null || max == null || source == null || !CATEGORY.matcher(category)
                .matches()) {
            return null;
        }
        return new StandardLimit(profile, category, use, parameter, max, source);
    }
}
