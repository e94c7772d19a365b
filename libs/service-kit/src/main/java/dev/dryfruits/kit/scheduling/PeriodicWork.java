package dev.dryfruits.kit.scheduling;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Work a service repeats while it runs (relaying the outbox, expiring reservations, checking licences): each round
 * starts a fixed delay after the last one ended, a failed round is logged and the next one tried (an exception must
 * not end the schedule), and every schedule stops with the application. Callers start theirs once the database is
 * migrated: {@code @Observes @Priority(DatabaseMigrations.PRIORITY + 10) @Initialized(ApplicationScoped.class)}.
 */
@ApplicationScoped
public class PeriodicWork {

    private static final Logger LOG = Logger.getLogger(PeriodicWork.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final List<ScheduledFuture<?>> schedules = new CopyOnWriteArrayList<>();
    private volatile boolean stopping;

    /**
     * @param name  what the work is, for the log ("Reservation sweep")
     * @param first how long after now the first round runs
     * @param every the pause between the end of one round and the start of the next
     */
    public void schedule(String name, Duration first, Duration every, Runnable round) {
        schedules.add(scheduler.scheduleWithFixedDelay(() -> {
            try {
                round.run();
            } catch (RuntimeException failed) {
                // A database outage, for instance: try again next round rather than let the schedule die. A round
                // caught by the application's stop (its persistence unit closed under it) is no news.
                LOG.log(stopping ? Level.FINE : Level.WARNING, failed, () -> name + " failed; trying again in "
                        + every);
            }
        }, first.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS));
    }

    @PreDestroy
    void stop() {
        stopping = true;
        schedules.forEach(schedule -> schedule.cancel(false));
    }
}
