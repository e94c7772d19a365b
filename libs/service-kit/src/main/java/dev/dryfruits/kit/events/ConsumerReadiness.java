package dev.dryfruits.kit.events;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.DescribeConsumerGroupsOptions;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while each of this instance's Kafka consumers is a live member of its consumer group, as the broker
 * sees it: a consumer whose channel died (the Liberty connector can lose one and carry on), or that never reached
 * Kafka, makes the service unready, and it becomes ready as soon as the consumer joins. Services without consumers
 * are always ready here: their events wait in the outbox while Kafka is away.
 */
@Readiness
@ApplicationScoped
public class ConsumerReadiness implements HealthCheck {

    private static final String INCOMING = "mp.messaging.incoming.";
    private static final Duration CACHE = Duration.ofSeconds(2);

    @Inject
    Config config;

    @Inject
    EventSettings settings;

    private Admin admin;
    private HealthCheckResponse last;
    private Instant lastAt = Instant.MIN;

    @Override
    public synchronized HealthCheckResponse call() {
        Map<String, String> consumers = consumers();
        if (consumers.isEmpty()) {
            return HealthCheckResponse.named("event-consumers").up().withData("consumers", "none").build();
        }
        if (last != null && lastAt.plus(CACHE).isAfter(Instant.now())) {
            return last;
        }
        HealthCheckResponseBuilder response = HealthCheckResponse.named("event-consumers").up();
        try {
            Map<String, ConsumerGroupDescription> groups = admin().describeConsumerGroups(consumers.values().stream()
                            .distinct().toList(), new DescribeConsumerGroupsOptions().timeoutMs(2000))
                    .all().get(3, TimeUnit.SECONDS);
            consumers.forEach((clientId, group) -> {
                boolean member = groups.containsKey(group) && groups.get(group).members().stream()
                        .anyMatch(description -> description.clientId().equals(clientId));
                response.withData(clientId, member ? "member of " + group : "not in " + group);
                if (!member) {
                    response.down();
                }
            });
        } catch (Exception kafkaAway) {
            response.down().withData("error", String.valueOf(kafkaAway.getMessage()));
        }
        last = response.build();
        lastAt = Instant.now();
        return last;
    }

    /** client.id to group.id of each incoming channel configured for Kafka. */
    private Map<String, String> consumers() {
        Map<String, String> consumers = new TreeMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(INCOMING) && name.endsWith(".group.id")) {
                String channel = name.substring(INCOMING.length(), name.length() - ".group.id".length());
                config.getOptionalValue(INCOMING + channel + ".client.id", String.class).ifPresent(clientId ->
                        consumers.put(clientId, config.getValue(name, String.class)));
            }
        }
        return consumers;
    }

    private Admin admin() {
        if (admin == null) {
            Properties properties = new Properties();
            properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
            properties.putAll(settings.clientSecurity());
            properties.put(AdminClientConfig.CLIENT_ID_CONFIG, settings.serviceName() + "-" + settings.instance()
                    + "-health");
            properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
            properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
            ClassLoader previous = Thread.currentThread().getContextClassLoader();
            Thread.currentThread().setContextClassLoader(ConsumerReadiness.class.getClassLoader());
            try {
                admin = Admin.create(properties);
            } finally {
                Thread.currentThread().setContextClassLoader(previous);
            }
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
