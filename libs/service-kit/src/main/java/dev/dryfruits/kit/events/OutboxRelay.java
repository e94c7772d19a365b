package dev.dryfruits.kit.events;

import dev.dryfruits.kit.persistence.DatabaseMigrations;
import dev.dryfruits.kit.scheduling.PeriodicWork;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Publishes the outbox to Kafka in the background, all the time the application runs: every partition, batch after
 * batch, then a short pause. While Kafka is away the events simply wait; the outage is logged once, and the
 * recovery too. Published events are kept a week, then deleted.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
    private static final Duration RETENTION = Duration.ofDays(7);
    private static final Duration HOUSEKEEPING_EVERY = Duration.ofHours(1);

    @Inject
    PeriodicWork periodicWork;

    @Inject
    OutboxBatch batch;

    @Inject
    EventSettings settings;

    private volatile boolean failing;
    private Instant nextHousekeeping = Instant.now();

    void start(@Observes @Priority(DatabaseMigrations.PRIORITY + 10) @Initialized(ApplicationScoped.class)
               Object started) {
        periodicWork.schedule("Outbox relay round", settings.relayInterval(), settings.relayInterval(),
                this::relay);
    }

    void relay() {
        for (int partition = 0; partition < OutboxBatch.PARTITIONS; partition++) {
            OutboxBatch.Result result;
            do {
                result = batch.publishNext(partition, settings.relayBatchSize());
                reportHealth(result);
            } while (result.more());
            if (result.failure() != null) {
                // Kafka is away: the other partitions would only wait for it too; try again next round.
                break;
            }
        }
        if (Instant.now().isAfter(nextHousekeeping)) {
            nextHousekeeping = Instant.now().plus(HOUSEKEEPING_EVERY);
            batch.deletePublishedBefore(Instant.now().minus(RETENTION));
        }
    }

    private void reportHealth(OutboxBatch.Result result) {
        if (result.failure() != null && !failing) {
            failing = true;
            LOG.warning(() -> "Cannot publish events to Kafka (" + result.failure()
                    + "); they wait in the outbox and go out when Kafka is back");
        } else if (result.failure() == null && result.published() > 0 && failing) {
            failing = false;
            LOG.info("Publishing events to Kafka again");
        }
    }

    /** Whether the last attempt to publish failed (for health data). */
    public boolean isFailing() {
        return failing;
    }
}
