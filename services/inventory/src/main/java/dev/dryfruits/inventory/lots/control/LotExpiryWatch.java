package dev.dryfruits.inventory.lots.control;

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

/**
 * The calendar's effect on stock, checked while the service runs: lots past their best-before date expire, lots
 * about to stop being sellable are reported, and SKUs whose sellable stock the date alone changed are recounted.
 * Replicas may all run it: each change locks the SKU and re-checks.
 */
@ApplicationScoped
public class LotExpiryWatch {

    private static final Logger LOG = Logger.getLogger(LotExpiryWatch.class.getName());
    private static final int BATCH = 50;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Lots lots;

    @Inject
    @ConfigProperty(name = "dryfruits.inventory.expiry-check-interval")
    Duration interval;

    private ScheduledFuture<?> task;

    void start(@Observes @Priority(DatabaseMigrations.PRIORITY + 10) @Initialized(ApplicationScoped.class)
               Object started) {
        task = scheduler.scheduleWithFixedDelay(this::check, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    void check() {
        try {
            List<UUID> expired;
            do {
                expired = lots.pastBestBefore(BATCH);
                expired.forEach(lots::expire);
            } while (expired.size() == BATCH);
            lots.nearingExpiry().forEach(lots::reportNearExpiry);
            lots.skusOnSale().forEach(lots::recount);
        } catch (RuntimeException unexpected) {
            LOG.log(Level.WARNING, "Lot expiry check failed; trying again in " + interval, unexpected);
        }
    }
}
