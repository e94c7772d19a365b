package dev.dryfruits.inventory.reservations.control;

import dev.dryfruits.kit.persistence.DatabaseMigrations;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Gives back the stock of reservations not confirmed in time. Replicas may all run it: each expiry re-checks. */
@ApplicationScoped
public class ReservationSweeper {

    private static final Logger LOG = Logger.getLogger(ReservationSweeper.class.getName());
    private static final int BATCH = 100;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Reservations reservations;

    @Inject
    @ConfigProperty(name = "dryfruits.inventory.reservation-sweep-interval")
    Duration interval;

    private ScheduledFuture<?> task;

    void start(@Observes @Priority(DatabaseMigrations.PRIORITY + 10) @Initialized(ApplicationScoped.class)
               Object started) {
        task = scheduler.scheduleWithFixedDelay(this::sweep, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    void sweep() {
        try {
            List<UUID> runOut;
            do {
                runOut = reservations.runOut(BATCH);
                runOut.forEach(reservations::expire);
            } while (runOut.size() == BATCH);
        } catch (RuntimeException unexpected) {
            LOG.log(Level.WARNING, "Reservation sweep failed; trying again in " + interval, unexpected);
        }
    }
}
