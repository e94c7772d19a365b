package dev.dryfruits.inventory.reservations.control;

import dev.dryfruits.kit.persistence.DatabaseMigrations;
import dev.dryfruits.kit.scheduling.PeriodicWork;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Gives back the stock of reservations not confirmed in time. Replicas may all run it: each expiry re-checks. */
@ApplicationScoped
public class ReservationSweeper {

    private static final int BATCH = 100;

    @Inject
    PeriodicWork periodicWork;

    @Inject
    Reservations reservations;

    @Inject
    @ConfigProperty(name = "dryfruits.inventory.reservation-sweep-interval")
    Duration interval;

    void start(@Observes @Priority(DatabaseMigrations.PRIORITY + 10) @Initialized(ApplicationScoped.class)
               Object started) {
        periodicWork.schedule("Reservation sweep", interval, interval, this::sweep);
    }

    void sweep() {
        List<UUID> runOut;
        do {
            runOut = reservations.runOut(BATCH);
            runOut.forEach(reservations::expire);
        } while (runOut.size() == BATCH);
    }
}
