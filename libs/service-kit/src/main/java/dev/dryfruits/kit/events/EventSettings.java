package dev.dryfruits.kit.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How this service takes part in the event flow (defaults in the kit's microprofile-config.properties). */
@ApplicationScoped
public class EventSettings {

    /** Where the consumers' Kafka settings live; the producer and the health check take theirs from there too. */
    private static final String CONNECTOR = "mp.messaging.connector.liberty-kafka.";

    /**
     * How a client proves who it is to the brokers and trusts them: unset locally (plain text on loopback); in
     * Kubernetes SASL_SSL with SCRAM-SHA-512 and Strimzi's cluster CA, set through the environment, e.g.
     * {@code MP_MESSAGING_CONNECTOR_LIBERTY_KAFKA_SECURITY_PROTOCOL}.
     */
    private static final List<String> SECURITY_SETTINGS = List.of("security.protocol", "sasl.mechanism",
            "sasl.jaas.config", "ssl.truststore.type", "ssl.truststore.location", "ssl.truststore.password",
            "ssl.endpoint.identification.algorithm");

    @Inject
    Config config;

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

    /** The connection's security settings that are set, for the clients the service makes itself. */
    public Properties clientSecurity() {
        Properties security = new Properties();
        for (String name : SECURITY_SETTINGS) {
            config.getOptionalValue(CONNECTOR + name, String.class).ifPresent(value -> security.put(name, value));
        }
        return security;
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
