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

    /** A lot of the seller's failed its lab tests, as the quality service announces it. */
    static String lotQuarantined(UUID sellerId, String lotNumber) {
        return event("LotQuarantined", sellerId, Json.createObjectBuilder().add("lotId", UUID.randomUUID().toString())
                .add("sellerId", sellerId.toString()).add("userId", sellerId.toString()).add("lotNumber", lotNumber)
                .add("sku", "ALM-NP-250").add("profile", "FSSAI").add("laboratory", "Spectrum Food Labs")
                .add("reportNumber", "SFL-1").add("reason", "aflatoxinTotal 18 µg/kg over 15")
                .add("failures", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "aflatoxinTotal")
                        .add("value", "18").add("limit", "15").add("unit", "µg/kg"))));
    }

    private static String event(String name, UUID userId, JsonObjectBuilder data) {
        return Json.createObjectBuilder().add("specversion", "1.0").add("id", UUID.randomUUID().toString())
                .add("source", "/dryfruits/user").add("type", "dev.dryfruits." + name)
                .add("time", Instant.now().toString()).add("subject", userId.toString())
                .add("datacontenttype", "application/json").add("data", data).build().toString();
    }

    static void send(String key, String value) {
        send(USERS, key, value);
    }

    static void send(String topic, String key, String value) {
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
}
