package dev.dryfruits.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Events on the test run's Kafka broker, shaped as the services' outboxes shape them (CloudEvents JSON, keyed by the
 * subject): put them on a topic as another service would, and read back what the service under test published.
 */
public final class TestEvents {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private TestEvents() {
    }

    /** A CloudEvent as service {@code source} would publish it. */
    public static String envelope(String source, String name, Object subject, JsonObject data) {
        return Json.createObjectBuilder().add("specversion", "1.0").add("id", UUID.randomUUID().toString())
                .add("source", "/dryfruits/" + source).add("type", "dev.dryfruits." + name)
                .add("time", Instant.now().toString()).add("subject", subject.toString())
                .add("datacontenttype", "application/json").add("data", data).build().toString();
    }

    public static void send(String topic, String key, String value) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, ItServerSession.kafka().bootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        } catch (Exception failed) {
            throw new AssertionError("Could not send to Kafka", failed);
        }
    }

    /**
     * The events on {@code topic} with this key, in topic order, as parsed envelopes; waits up to a minute until at
     * least {@code count} arrived, and fails if they do not.
     */
    public static List<JsonObject> keyed(String topic, String key, int count) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, ItServerSession.kafka().bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<JsonObject> found = new ArrayList<>();
        Instant deadline = Instant.now().plus(PATIENCE);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            while (found.size() < count && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (key.equals(record.key())) {
                        found.add(Json.createReader(new StringReader(record.value())).readObject());
                    }
                });
            }
        }
        if (found.size() < count) {
            throw new AssertionError("Expected " + count + " events keyed " + key + " on " + topic + ", got "
                    + found.size() + ": " + found);
        }
        return found;
    }

    /** The names ("SellerVerified") of events read with {@link #keyed}. */
    public static List<String> names(List<JsonObject> events) {
        return events.stream().map(event -> event.getString("type").substring("dev.dryfruits.".length())).toList();
    }
}
