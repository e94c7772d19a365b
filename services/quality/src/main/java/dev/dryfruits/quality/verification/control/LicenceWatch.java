package dev.dryfruits.quality.verification.control;

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
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Re-checks verified sellers while the service runs: whoever's FSSAI licence has expired is suspended (and
 * reinstated when they renew it). Replicas may all run it: each suspension locks the seller's row and re-checks.
 */
@ApplicationScoped
public class LicenceWatch {

    private static final Logger LOG = Logger.getLogger(LicenceWatch.class.getName());
    private static final int BATCH = 50;

    @Inject
    PeriodicWork periodicWork;

    @Inject
    Verifications verifications;

    @Inject
    @ConfigProperty(name = "dryfruits.quality.licence-check-interval")
    Duration interval;

    void start(@Observes @Priority(DatabaseMigrations.PRIORITY + 10) @Initialized(ApplicationScoped.class)
               Object started) {
        periodicWork.schedule("Licence check", Duration.ZERO, interval, this::suspendExpired);
    }

    void suspendExpired() {
        List<UUID> expired;
        do {
            expired = verifications.withExpiredLicence(BATCH);
            expired.forEach(sellerId -> {
                verifications.suspendForExpiredLicence(sellerId);
                LOG.info(() -> "Seller " + sellerId + " suspended: FSSAI licence expired");
            });
        } while (expired.size() == BATCH);
    }
}
