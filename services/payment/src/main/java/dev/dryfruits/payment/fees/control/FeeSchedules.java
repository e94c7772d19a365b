package dev.dryfruits.payment.fees.control;

import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.payment.fees.entity.FeeSchedule;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The store of fee schedules: the one in force on a day, every schedule, and new ones, which may only start after
 * today (fees never change for a day that has begun, nor for a sale already made).
 */
@ApplicationScoped
public class FeeSchedules {

    @PersistenceContext(unitName = "payment")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "dryfruits.payment.zone")
    ZoneId zone;

    private final Clock clock = Clock.systemUTC();

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** The schedule in force on the day: the latest one effective on or before it. */
    public FeeSchedule inForceOn(LocalDate day) {
        return em.createQuery("select s from FeeSchedule s where s.effectiveFrom <= :day order by s.effectiveFrom desc",
                        FeeSchedule.class).setParameter("day", day).setMaxResults(1).getResultList().stream()
                .findFirst().orElseThrow(() -> new IllegalStateException("No fee schedule is in force on " + day
                        + ": the migrations seed one from 2025-04-01"));
    }

    public List<FeeSchedule> all() {
        return em.createQuery("select s from FeeSchedule s order by s.effectiveFrom desc", FeeSchedule.class)
                .getResultList();
    }

    public Optional<FeeSchedule> find(UUID id) {
        return Optional.ofNullable(em.find(FeeSchedule.class, id));
    }

    @Transactional
    public FeeSchedule publish(FeeScheduleRequest request, UUID adminId) {
        FeeSchedule schedule = ProblemException.requireBody(request, "The fee schedule").validated(today(), adminId,
                Instant.now(clock));
        boolean taken = !em.createQuery("select s.id from FeeSchedule s where s.effectiveFrom = :day", UUID.class)
                .setParameter("day", schedule.effectiveFrom()).getResultList().isEmpty();
        if (taken) {
            throw ProblemException.conflict("fee-schedule-exists", "A fee schedule already starts on "
                    + schedule.effectiveFrom() + "; schedules are never changed, choose another day");
        }
        em.persist(schedule);
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException raced) {
            // Another administrator's schedule for that day committed first (the day is unique).
            throw ProblemException.conflict("fee-schedule-exists", "A fee schedule already starts on "
                    + schedule.effectiveFrom() + "; schedules are never changed, choose another day");
        }
        return schedule;
    }
}
