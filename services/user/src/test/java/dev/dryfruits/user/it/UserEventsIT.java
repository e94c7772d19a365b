package dev.dryfruits.user.it;

import static dev.dryfruits.user.it.UserServiceDeployment.PASSWORD;
import static dev.dryfruits.user.it.UserServiceDeployment.api;
import static dev.dryfruits.user.it.UserServiceDeployment.credentials;
import static dev.dryfruits.user.it.UserServiceDeployment.registration;
import static dev.dryfruits.user.it.UserServiceDeployment.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dryfruits.testing.ItServerSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The transactional outbox and its relay, against a real Kafka broker and a real PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class UserEventsIT {

    private static final String TOPIC = "dryfruits.users";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return UserServiceDeployment.archive();
    }

    @Test
    void aRegistrationIsPublishedAsACloudEventKeyedByTheUser() {
        String email = uniqueEmail("events");
        String requestId = "req-" + UUID.randomUUID();
        String id = api(base).header("X-Request-Id", requestId).body(registration(email, "SELLER"))
                .post("api/users").then().statusCode(201).extract().path("id");
        String token = api(base).body(credentials(email, PASSWORD)).post("api/auth/login").then().statusCode(200)
                .extract().path("accessToken");
        api(base).auth().oauth2(token).body("{\"fullName\":\"Renamed Seller\"}").patch("api/users/me").then()
                .statusCode(200);

        List<ConsumerRecord<String, String>> events = eventsAbout(id, 2);

        assertThat(events).allSatisfy(event -> assertThat(event.key()).isEqualTo(id));
        JsonObject registered = json(events.get(0).value());
        assertThat(registered.getString("specversion")).isEqualTo("1.0");
        assertThat(registered.getString("type")).isEqualTo("dev.dryfruits.UserRegistered");
        assertThat(registered.getString("source")).isEqualTo("/dryfruits/user");
        assertThat(registered.getString("subject")).isEqualTo(id);
        assertThat(registered.getString("requestid")).isEqualTo(requestId);
        assertThat(registered.getJsonObject("data").getString("email")).isEqualTo(email.toLowerCase());
        assertThat(registered.getJsonObject("data").getString("role")).isEqualTo("SELLER");
        JsonObject updated = json(events.get(1).value());
        assertThat(updated.getString("type")).isEqualTo("dev.dryfruits.UserUpdated");
        assertThat(updated.getJsonObject("data").getString("fullName")).isEqualTo("Renamed Seller");
    }

    @Test
    void eventsWaitInTheOutboxWhileKafkaIsAwayAndGoOutWhenItIsBack() {
        ItServerSession.kafka().stop();
        String id;
        try {
            id = api(base).body(registration(uniqueEmail("offline"), "CUSTOMER")).post("api/users").then()
                    .statusCode(201).extract().path("id");
        } finally {
            ItServerSession.kafka().start();
        }
        assertThat(eventsAbout(id, 1)).singleElement()
                .satisfies(event -> assertThat(json(event.value()).getString("type"))
                        .isEqualTo("dev.dryfruits.UserRegistered"));
    }

    /** The events about one user, in topic order, waiting until at least {@code count} arrived. */
    private static List<ConsumerRecord<String, String>> eventsAbout(String userId, int count) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, ItServerSession.kafka().bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        Instant deadline = Instant.now().plusSeconds(60);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(TOPIC));
            while (found.size() < count && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (userId.equals(record.key())) {
                        found.add(record);
                    }
                });
            }
        }
        assertThat(found).as("events about " + userId).hasSizeGreaterThanOrEqualTo(count);
        return found;
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
