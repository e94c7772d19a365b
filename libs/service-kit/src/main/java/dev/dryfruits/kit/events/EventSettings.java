package dev.dryfruits.kit.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How this service takes part in the event flow (defaults in the kit's microprofile-config.properties). */
@ApplicationScoped
public class EventSettings {

    @Inject
    @ConfigProperty(name = "dryfruits.service.name")
    String serviceName;

    @Inject
    @ConfigProperty(name = "dryfruits.instance")
    String instance;

    @Inject
    @ConfigProperty(name = "KAFKA_BOOTSTRAP_SERVERS")
    String bootstrapServers;

    @Inject
    @ConfigProperty(name = "dryfruits.events.dead-letter-topic")
    String deadLetterTopic;

    @Inject
    @ConfigProperty(name = "dryfruits.events.consumer.first-retry-delay")
    Duration firstRetryDelay;

    @Inject
    @ConfigProperty(name = "dryfruits.events.consumer.max-retry-delay")
    Duration maxRetryDelay;

    @Inject
    @ConfigProperty(name = "dryfruits.events.consumer.retry-for")
    Duration retryFor;

    @Inject
    @ConfigProperty(name = "dryfruits.events.relay.interval")
    Duration relayInterval;

    @Inject
    @ConfigProperty(name = "dryfruits.events.relay.batch-size")
    int relayBatchSize;

    public String serviceName() {
        return serviceName;
    }

    /** The CloudEvents source of this service's events. */
    public String source() {
        return "/dryfruits/" + serviceName;
    }

    public String instance() {
        return instance;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public String deadLetterTopic() {
        return deadLetterTopic;
    }

    /** The pause after a consumer's first failed attempt; it doubles with each further one. */
    public Duration firstRetryDelay() {
        return firstRetryDelay;
    }

    /** The longest pause between two attempts. */
    public Duration maxRetryDelay() {
        return maxRetryDelay;
    }

    /** How long a failing event is retried before it goes to the dead letters. */
    public Duration retryFor() {
        return retryFor;
    }

    public Duration relayInterval() {
        return relayInterval;
    }

    public int relayBatchSize() {
        return relayBatchSize;
    }
}
