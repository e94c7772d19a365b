package dev.dryfruits.notification.it;

import dev.dryfruits.testing.ItServerSession;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Puts events on the users topic as the user service would (and malformed ones as nobody should). */
final class Events {

    static final String USERS = "dryfruits.users";

    private Events() {
    }

    static String userRegistered(UUID userId, String email, String fullName, String phone) {
        JsonObjectBuilder data = Json.createObjectBuilder().add("userId", userId.toString()).add("email", email)
                .add("fullName", fullName).add("role", "CUSTOMER");
        if (phone != null) {
            data.add("phone", phone);
        }
        return event("UserRegistered", userId, data);
    }

    static String userDisabled(UUID userId, String reason) {
        return event("UserDisabled", userId, Json.createObjectBuilder().add("userId", userId.toString())
                .add("reason", reason));
    }

    private static String event(String name, UUID userId, JsonObjectBuilder data) {
        return Json.createObjectBuilder().add("specversion", "1.0").add("id", UUID.randomUUID().toString())
                .add("source", "/dryfruits/user").add("type", "dev.dryfruits." + name)
                .add("time", Instant.now().toString()).add("subject", userId.toString())
                .add("datacontenttype", "application/json").add("data", data).build().toString();
    }

    static void send(String key, String value) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, ItServerSession.kafka().bootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(USERS, key, value)).get(30, TimeUnit.SECONDS);
        } catch (Exception failed) {
            throw new AssertionError("Could not send to Kafka", failed);
        }
    }
}
