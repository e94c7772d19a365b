package dev.dryfruits.kit.events;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The service's one Kafka producer, created on first use: every write acknowledged by all in-sync replicas, and
 * idempotent, so the broker drops the duplicates its own retries would make and keeps each partition in order.
 * While Kafka is unreachable a send fails after a few seconds instead of hanging.
 */
@ApplicationScoped
public class EventProducer {

    @Inject
    EventSettings settings;

    private volatile Producer<String, String> producer;

    public Future<RecordMetadata> send(String topic, String key, String value) {
        return producer().send(new ProducerRecord<>(topic, key, value));
    }

    private Producer<String, String> producer() {
        Producer<String, String> current = producer;
        if (current == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = create();
                }
                current = producer;
            }
        }
        return current;
    }

    private Producer<String, String> create() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        config.putAll(settings.clientSecurity());
        config.put(ProducerConfig.CLIENT_ID_CONFIG, settings.serviceName() + "-" + settings.instance() + "-producer");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        config.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "15000");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        // Kafka loads its classes through the context class loader: make it this application's.
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(EventProducer.class.getClassLoader());
        try {
            return new KafkaProducer<>(config);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    @PreDestroy
    void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
