package dev.dryfruits.kit.events;

import dev.dryfruits.kit.metrics.CommittedCounters;
import dev.dryfruits.kit.persistence.DatabaseMigrations;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The business metrics every service has through its events (MicroProfile Metrics, application scope, on
 * {@code /metrics} as {@code dryfruits_*}): each event committed to the outbox, counted by name (orders placed,
 * confirmed and cancelled, payments captured and failed, lots released... are events: docs/observability.md), the
 * outbox's backlog and lag, and the dead letters its consumers wrote.
 */
@ApplicationScoped
public class EventMetrics {

    private static final Logger LOG = Logger.getLogger(EventMetrics.class.getName());
    /** A scrape reads the backlog once for both gauges, and two scrapes within this share one query. */
    private static final Duration BACKLOG_FRESH_FOR = Duration.ofSeconds(2);

    static final Metadata EVENTS = Metadata.builder().withName("dryfruits.events")
            .withDescription("Events committed to the outbox: business state changes, by event name").build();
    static final Metadata DEAD_LETTERS = Metadata.builder().withName("dryfruits.dead.letters")
            .withDescription("Events a consumer gave up on and sent to the dead letters, by consumer and topic").build();
    static final Metadata OUTBOX_PENDING = Metadata.builder().withName("dryfruits.outbox.pending")
            .withDescription("Events committed but not yet published to Kafka").build();
    static final Metadata OUTBOX_LAG = Metadata.builder().withName("dryfruits.outbox.lag")
            .withDescription("How long the oldest unpublished event has waited in the outbox")
            .withUnit(MetricUnits.SECONDS).build();

    @Inject
    MetricRegistry registry;

    @Inject
    OutboxBatch outbox;

    @Inject
    CommittedCounters counters;

    @Inject
    EventSettings settings;

    private volatile OutboxBatch.Backlog backlog = new OutboxBatch.Backlog(0, 0);
    private volatile Instant backlogReadAt = Instant.MIN;

    void register(@Observes @Priority(DatabaseMigrations.PRIORITY + 10) @Initialized(ApplicationScoped.class)
                  Object started) {
        registry.gauge(OUTBOX_PENDING, this, metrics -> metrics.backlog().events(), service());
        registry.gauge(OUTBOX_LAG, this, metrics -> metrics.backlog().oldestAgeSeconds(), service());
    }

    /** Counts the event once its transaction commits: a rolled-back change published nothing. */
    void recorded(String eventName) {
        counters.increment(EVENTS, new Tag("event", eventName), service());
    }

    void deadLettered(String consumer, String topic) {
        registry.counter(DEAD_LETTERS, new Tag("consumer", consumer), new Tag("topic", topic), service()).inc();
    }

    /**
     * Which service: locally eight applications share one server and one registry, so metrics of the same name need
     * it to stay apart. (Not mp.metrics.appName: its mp_app tag then also goes on the server's own HTTP metrics, and
     * a request to an application after one to the server's /health fails with "tags do not match", a 500.)
     */
    private Tag service() {
        return new Tag("service_name", settings.serviceName());
    }

    private OutboxBatch.Backlog backlog() {
        if (Instant.now().isAfter(backlogReadAt.plus(BACKLOG_FRESH_FOR))) {
            try {
                backlog = outbox.backlog();
                backlogReadAt = Instant.now();
            } catch (RuntimeException databaseAway) {
                // The gauges keep their last value; the database's own health check reports the outage.
                LOG.log(Level.FINE, "Cannot read the outbox backlog", databaseAway);
            }
        }
        return backlog;
    }
}
