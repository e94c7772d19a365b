package dev.dryfruits.inventory.lots.control;

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

/**
 * The calendar's effect on stock, checked while the service runs: lots past their best-before date expire, lots
 * about to stop being sellable are reported, and SKUs whose sellable stock the date alone changed are recounted.
 * Replicas may all run it: each change locks the SKU and re-checks.
 */
@ApplicationScoped
public class LotExpiryWatch {

    private static final int BATCH = 50;

    @Inject
    PeriodicWork periodicWork;

    @Inject
    Lots lots;

    @Inject
    @ConfigProperty(name = "dryfruits.inventory.expiry-check-interval")
    Duration interval;

    void start(@Observes @Priority(DatabaseMigrations.PRIORITY + 10) @Initialized(ApplicationScoped.class)
               Object started) {
        periodicWork.schedule("Lot expiry check", Duration.ZERO, interval, this::check);
    }

    void check() {
        List<UUID> expired;
        do {
            expired = lots.pastBestBefore(BATCH);
            expired.forEach(lots::expire);
        } while (expired.size() == BATCH);
        lots.nearingExpiry().forEach(lots::reportNearExpiry);
        lots.skusOnSale().forEach(lots::recount);
    }
}
